package org.treatysim.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finished results by key (a hash of everything that decides them), held in memory up to a budget of bytes. The least
 * recently used results are dropped first; a result larger than the whole budget is not kept. Thread-safe.
 */
public final class ResultCache {
    private final long budget;
    private final LinkedHashMap<String, ResultBundle> map = new LinkedHashMap<>(16, 0.75f, true);
    private long used;

    public ResultCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    public synchronized ResultBundle get(String key) {
        return map.get(key);
    }

    /** Keeps a result (replacing none: the first result for a key stays, so every reader gets the same bytes). */
    public synchronized ResultBundle put(String key, ResultBundle r) {
        ResultBundle old = map.get(key);
        if (old != null) return old;
        if (r.bytes() > budget) return r;
        map.put(key, r);
        used += r.bytes();
        Iterator<Map.Entry<String, ResultBundle>> it = map.entrySet().iterator();
        while (used > budget && it.hasNext()) {
            Map.Entry<String, ResultBundle> e = it.next();
            if (e.getKey().equals(key)) continue;
            used -= e.getValue().bytes();
            it.remove();
        }
        return r;
    }

    public synchronized int entries() { return map.size(); }
    public synchronized long usedBytes() { return used; }
}
