package org.treatysim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Html;
import org.treatysim.model.ModelProperties;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.negotiation.Protocol;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;
import sim.util.Interval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI's parts that need no display: scenario catalog and choice, the inspector's pages, the decision feed and the
 * ticker's text, the replays behind the charts, the "what blocks a treaty" chart's data, the map's labels, path odds
 * and sizes.
 */
class GuiPartsTest {
    static final Scenario BASELINE = Scenarios.load(Path.of("scenarios", "baseline.yaml"));

    /** A scenario folder: baseline, a renamed copy, a what-if with an intervention, the parameter file and a broken file. */
    static Path folder(Path dir) throws Exception {
        Files.copy(Path.of("scenarios", "baseline.yaml"), dir.resolve("baseline.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("scenarios", "parameters.yaml"), dir.resolve("parameters.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("scenarios", "whatif-2022-no-sanctions.yaml"), dir.resolve("whatif-2022-no-sanctions.yaml"), StandardCopyOption.REPLACE_EXISTING);
        String text = Files.readString(dir.resolve("baseline.yaml")).replaceFirst("(?m)^name: baseline$", "name: another");
        Files.writeString(dir.resolve("another-copy.yaml"), text);
        Files.writeString(dir.resolve("broken.yaml"), "schema: treatysim/scenario-1\nname: [unclosed\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        return dir;
    }

    static TreatyModel model(Scenario s, long seed) {
        return new TreatyModel(seed, s, ParameterDraw.bestValues(s.parameters()), null);
    }

    static void play(TreatyModel m, int months) {
        for (int i = 0; i < months; i++) m.schedule.step(m);
    }

    // ---- scenario choice ----

    @Test void catalogOffersTheOpenedScenarioFirstThenTheOthersThatLoadWhatIfsIncluded(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp);
        ScenarioCatalog c = new ScenarioCatalog(Scenarios.load(dir.resolve("baseline.yaml")));
        assertArrayEquals(new String[] {"baseline", "another (another-copy.yaml)", "whatif-2022-no-sanctions"}, c.labels());
        assertEquals(1, c.get(2).interventions().size(), "the what-if comes with its intervention");
        assertEquals(2, c.skipped().size(), "broken.yaml and parameters.yaml are skipped: " + c.skipped());
        assertTrue(c.skipped().get(0).startsWith("broken.yaml: "), c.skipped().toString());
        assertTrue(c.skipped().get(1).startsWith("parameters.yaml: "), c.skipped().toString());
    }

    @Test void choosingAScenarioOrTheScriptedNullWhileStoppedSwapsTheModelAndKeepsTheSeed(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp);
        TreatySimWithUI gui = new TreatySimWithUI(Scenarios.load(dir.resolve("baseline.yaml")), 99);
        TreatyModel before = gui.model();
        assertSame(gui.feed(), before.decisionObserver(), "the ticker's feed hears the model's decisions");
        gui.choose(2, Scenario.Agents.DECIDE);
        assertNotSame(before, gui.model());
        assertEquals("whatif-2022-no-sanctions", gui.model().scenario().name());
        assertEquals(1, gui.model().scenario().interventions().size());
        assertEquals(99, gui.model().seed(), "the new model keeps the seed");
        assertSame(gui.feed(), gui.model().decisionObserver());
        gui.choose(2, Scenario.Agents.SCRIPTED);
        assertEquals(Scenario.Agents.SCRIPTED, gui.model().scenario().agents());
        assertTrue(gui.model().rules().isEmpty(), "the scripted null has no decision rules");
        assertTrue(ModelInspector.describe(gui.catalog().get(2), Scenario.Agents.SCRIPTED, false).contains("It ignores this what-if's 1 intervention."));
        assertTrue(ModelInspector.describe(gui.catalog().get(2), Scenario.Agents.DECIDE, true)
                .contains("Intervention: forbid JP.sanctions = limited|aligned over 2022-02..2025-12"));
        TreatyModel scripted = gui.model();
        gui.choose(7, Scenario.Agents.DECIDE);
        assertSame(scripted, gui.model(), "an index outside the list is ignored");
        gui.chooseScenario(0);
        assertEquals("baseline", gui.model().scenario().name());
        assertEquals(Scenario.Agents.SCRIPTED, gui.model().scenario().agents(), "the kind of agents chosen carries over");
    }

    // ---- the inspector's pages ----

    @Test void inspectorPagesOfferEveryCoefficientOfTheDynamicsEveryRuleAndTheNegotiation() {
        TreatyModel m = model(BASELINE, 1);
        List<InspectorGroups.Group> groups = InspectorGroups.of(m);
        assertEquals(InspectorGroups.COEFFICIENTS, groups.get(0).label());
        assertEquals(ModelProperties.coefficientNames(), groups.get(0).parameters(), "v0.1's coefficient sliders are kept");
        assertEquals(InspectorGroups.STATE, groups.get(groups.size() - 1).label());
        assertTrue(groups.get(1).label().startsWith("Negotiation"));
        assertTrue(groups.get(1).parameters().containsAll(Protocol.PARAMETERS));
        Set<String> ruleParameters = new HashSet<>();
        for (DecisionRule r : m.rules()) {
            if (r.parameters().isEmpty()) continue;
            InspectorGroups.Group g = groups.get(InspectorGroups.indexOf(groups, r.actor().displayName + ": " + r.id()));
            assertEquals(r.parameters(), g.parameters(), r.id() + " has its own page with its declared parameters");
            assertTrue(g.description().startsWith(r.summary()));
            ruleParameters.addAll(g.parameters());
        }
        assertEquals(new HashSet<>(Decisions.parameters()), ruleParameters, "every rule parameter is on a page");
        Set<String> labels = new HashSet<>();
        for (InspectorGroups.Group g : groups) assertTrue(labels.add(g.label()), "page names are unique: " + g.label());

        List<InspectorGroups.Group> scripted = InspectorGroups.of(model(BASELINE.withAgents(Scenario.Agents.SCRIPTED), 1));
        assertEquals(List.of(InspectorGroups.COEFFICIENTS, InspectorGroups.STATE), scripted.stream().map(InspectorGroups.Group::label).toList());
    }

    @Test void aRulePageIsSlidersOverThePlausibleRangesThatWriteTheModelAndRefuseOutOfRange() {
        TreatyModel m = model(BASELINE, 1);
        List<InspectorGroups.Group> groups = InspectorGroups.of(m);
        InspectorGroups.Group g = groups.get(InspectorGroups.indexOf(groups, "Japan: JP.sanctions"));
        ModelProperties p = assertInstanceOf(ModelProperties.class, g.properties(m));
        assertEquals(g.parameters().size(), p.numProperties(), "a rule page holds its sliders only");
        for (int i = 0; i < p.numProperties(); i++) {
            String name = g.parameters().get(i);
            ParameterSpec s = BASELINE.parameters().spec(name);
            assertEquals(name, p.getName(i));
            assertTrue(p.isReadWrite(i));
            assertEquals(s.value(), (Double) p.getValue(i), 0.0, name + " starts at its best value");
            Interval d = assertInstanceOf(Interval.class, p.getDomain(i), name);
            assertEquals(s.low(), d.getMin().doubleValue(), 0.0);
            assertEquals(s.high(), d.getMax().doubleValue(), 0.0);
            assertTrue(p.getDescription(i).contains(s.unit()), name + " describes its unit");
        }
        int i = g.parameters().indexOf("jp.sanctions.inertia");
        ParameterSpec s = BASELINE.parameters().spec("jp.sanctions.inertia");
        p.setValue(i, Double.toString(s.high())); // the inspector's path: text in
        int at = m.params().index("jp.sanctions.inertia");
        assertEquals(s.high(), m.params().value(at), 0.0);
        p.setValue(i, Double.valueOf(s.high() + 1));
        assertEquals(s.high(), m.params().value(at), 0.0, "above the plausible range is refused");
        ModelProperties state = assertInstanceOf(ModelProperties.class, groups.get(groups.size() - 1).properties(m));
        assertEquals(4 + Var.COUNT, state.numProperties());
        assertFalse(state.isReadWrite(0));
    }

    @Test void aRuleCoefficientMovedDuringARunActsFromTheNextMonth() {
        // The round's standing propensity at the bottom or the top of its range, set after the first month: more
        // rounds at the top, over the same seeds (common random numbers).
        ParameterSpec s = BASELINE.parameters().spec("jp_ru.round.base");
        int[] rounds = new int[2];
        for (int k = 0; k < 2; k++) {
            for (long seed = 1; seed <= 8; seed++) {
                TreatyModel m = model(BASELINE, seed);
                m.start();
                play(m, 1);
                List<InspectorGroups.Group> groups = InspectorGroups.of(m);
                InspectorGroups.Group g = groups.get(InspectorGroups.indexOf(groups, "Japan: JP_RU.round"));
                g.properties(m).setValue(g.parameters().indexOf("jp_ru.round.base"), Double.valueOf(k == 0 ? s.low() : s.high()));
                play(m, BASELINE.months() - 1);
                rounds[k] += m.state().rounds();
            }
        }
        assertTrue(rounds[1] > rounds[0], "rounds with the propensity at its top " + rounds[1] + " > at its bottom " + rounds[0]);
    }

    @Test void theModelTabBuildsItsPagesAndFollowsTheChoices(@TempDir Path tmp) throws Exception {
        Path dir = folder(tmp);
        TreatySimWithUI gui = new TreatySimWithUI(Scenarios.load(dir.resolve("baseline.yaml")), 5);
        ModelInspector in = new ModelInspector(gui);
        assertEquals(InspectorGroups.COEFFICIENTS, in.pageShown());
        assertEquals(InspectorGroups.of(gui.model()).size(), in.page.getItemCount());
        in.page.setSelectedItem("Russia: RU.talks");
        assertEquals("Russia: RU.talks", in.pageShown());
        in.scenario.setSelectedIndex(2);
        assertEquals("whatif-2022-no-sanctions", gui.model().scenario().name(), "choosing in the list loads the what-if");
        in.updateInspector();
        assertEquals("Russia: RU.talks", in.pageShown(), "the page stays where the new model has it");
        assertTrue(in.aboutText().contains("Intervention: forbid JP.sanctions"), in.aboutText());
        in.agents.setSelectedIndex(1);
        assertEquals(Scenario.Agents.SCRIPTED, gui.model().scenario().agents());
        in.updateInspector();
        assertEquals(2, in.page.getItemCount(), "the scripted null: coefficients and state");
        assertEquals(InspectorGroups.COEFFICIENTS, in.pageShown());
        in.replays.setValue(250);
        assertEquals(250, gui.replays());
        gui.setReplays(5000);
        assertEquals(TreatySimWithUI.MAX_REPLAYS, gui.replays());
    }

    // ---- decisions in the ticker ----

    @Test void feedTellsEachDecisionOnceWithItsCauseApartAndCountsRepeats() {
        DecisionFeed f = new DecisionFeed();
        f.decided(3, Country.JP, "JP.sanctions", "limited", 1, "US sanctions x alliance (+0.60)");
        f.decided(4, Country.JP, "JP.propose", "offer", 2.0, "");
        assertEquals(1, f.size(), "an offer waits for its answer");
        f.decided(4, Country.RU, "RU.accept", "reject", 0, "outside its win-set");
        f.decided(5, Country.JP, "JP_RU.round", "meet", 1, "both leaders' commitment (+1.54)");
        f.decided(6, Country.JP, "JP_RU.round", "meet", 1, "both leaders' commitment (+1.60)");
        f.decided(9, Country.JP, "JP_RU.round", "meet", 1, "both leaders' commitment (+1.70)");
        List<DecisionFeed.Line> l = f.latest(10);
        assertEquals(3, l.size());
        DecisionFeed.Line round = l.get(0);
        assertEquals("Tokyo and Moscow hold a round of peace-treaty talks.", round.text());
        assertEquals(3, round.times());
        assertEquals(5, round.first());
        assertEquals(9, round.last());
        assertEquals("both leaders' commitment (+1.70)", round.cause(), "the latest cause");
        DecisionFeed.Line offer = l.get(1);
        assertEquals("Tokyo offers a settlement of 2.00 islands; Moscow rejects it.", offer.text());
        assertEquals("outside its win-set", offer.cause());
        assertEquals(Country.RU, offer.actor());
        assertEquals("Tokyo imposes limited sanctions on Moscow.", l.get(2).text());
        assertEquals("US sanctions x alliance (+0.60)", l.get(2).cause());
        for (int i = 0; i < DecisionFeed.KEPT + 5; i++) f.decided(10 + i, Country.US, "US.sanctions", i % 2 == 0 ? "targeted" : "none", i % 2, "tension");
        assertEquals(DecisionFeed.KEPT, f.size(), "the feed keeps the latest lines only");
        f.clear();
        assertEquals(0, f.size());
    }

    @Test void tickerShowsTheMonthTheLatestDecisionsInTheActorsColourAndTheShocksApart() {
        TreatyModel m = model(BASELINE, 3);
        DecisionFeed feed = new DecisionFeed();
        m.setDecisionObserver(feed);
        assertEquals("Press Play", EventTicker.view(m, feed).month());
        m.start();
        int months = BASELINE.stepOf(java.time.YearMonth.of(1981, 12)) + 1;
        play(m, months);
        EventTicker.View v = EventTicker.view(m, feed);
        assertEquals("1981-12", v.month());
        assertTrue(feed.size() > 0, "the agents decided something by 1981");
        DecisionFeed.Line latest = feed.latest(1).get(0);
        String html = v.html();
        int decisions = html.indexOf("WHAT THE GOVERNMENTS DECIDE"), shocks = html.indexOf("EVENTS OUTSIDE THEIR CHOICE");
        assertTrue(decisions >= 0 && shocks > decisions, html);
        int at = html.indexOf(Html.escape(latest.text()));
        assertTrue(at > decisions && at < shocks, "the latest decision is in the decisions list: " + latest.text());
        assertTrue(html.substring(decisions, at).contains(Actor.of(latest.actor()).htmlColour()), "in its actor's colour");
        if (!latest.cause().isEmpty()) assertTrue(html.contains("why: " + Html.escape(latest.cause())));
        Event shock = null;
        for (Event e : BASELINE.appliedEvents()) if (!e.date().isAfter(java.time.YearMonth.of(1981, 12))) shock = e;
        assertTrue(html.indexOf(Html.escape(shock.title())) > shocks, "the latest shock is in the events list: " + shock.title());
        assertTrue(v.status().contains("Japan: <b>" + m.leader(Country.JP) + "</b>"), v.status());
        assertTrue(v.status().contains("Soviet Union"), "before 1991-12 Russia is shown as the Soviet Union: " + v.status());
    }

    @Test void theScriptedNullsTickerListsItsDatedDecisionEventsAsDecisions() {
        Scenario s = BASELINE.withAgents(Scenario.Agents.SCRIPTED);
        TreatyModel m = model(s, 3);
        m.start();
        play(m, s.stepOf(java.time.YearMonth.of(1981, 12)) + 1);
        String html = EventTicker.view(m, new DecisionFeed()).html();
        int decisions = html.indexOf("SCRIPTED AS DATED EVENTS"), shocks = html.indexOf("EVENTS OUTSIDE THEIR CHOICE");
        assertTrue(decisions >= 0 && shocks > decisions, html);
        Event decision = null;
        for (Event e : s.events()) if (e.isDecision() && !e.date().isAfter(java.time.YearMonth.of(1981, 12))) decision = e;
        int at = html.indexOf(Html.escape(decision.title()));
        assertTrue(at > decisions && at < shocks, "the latest former decision is in the first list: " + decision.title());
        assertTrue(html.substring(decisions, at).contains(EventTicker.actorOf(decision).htmlColour()), "in its decider's colour");
        for (Event e : s.events()) {
            if (e.isDecision()) {
                Actor expected = Actor.of(Decisions.find(Decisions.create(), e.decision().rule()).actor());
                assertEquals(expected, EventTicker.actorOf(e), e.id() + " is " + e.decision().rule() + "'s");
            }
        }
    }

    // ---- the replays behind the charts and what blocks a treaty ----

    @Test void replayKIsTheRunsReplicationKAtTheBestValuesAndItsGateSharesSumToOne() {
        TreatyModel onScreen = model(BASELINE, 11);
        ReplayBatch b = new ReplayBatch(BASELINE, 11, 6, onScreen.params());
        int months = BASELINE.months();
        for (int t = 0; t < months; t++) {
            b.step();
            double[] shares = b.gateShares();
            if (Double.isNaN(shares[0])) {
                assertEquals(6, b.signed(), "no replays left without a treaty in " + BASELINE.monthAt(t));
                continue;
            }
            double sum = 0;
            for (double x : shares) sum += x;
            assertEquals(1.0, sum, 1e-12, "gate shares of " + BASELINE.monthAt(t));
        }
        assertEquals(months, b.month());
        for (int k = 0; k < 6; k++) {
            TreatyModel alone = MonteCarlo.replication(BASELINE, 11, k, false, null).runToEnd();
            assertArrayEquals(snapshot(alone), snapshot(b.replay(k)), "replay " + k + " is run's replication " + k + " at the best values");
            assertEquals(alone.signedStep(), b.replay(k).signedStep());
        }
        assertTrue(Double.isNaN(new ReplayBatch(BASELINE, 11, 0, onScreen.params()).gateShares()[0]), "no replays, no shares");
    }

    @Test void aValueChangedOnScreenIsCopiedToEveryReplayBeforeItsNextMonth() {
        TreatyModel onScreen = model(BASELINE, 2);
        ReplayBatch b = new ReplayBatch(BASELINE, 2, 3, onScreen.params());
        ReplayBatch unchanged = new ReplayBatch(BASELINE, 2, 3, model(BASELINE, 2).params());
        b.step();
        unchanged.step();
        int i = onScreen.params().index("jp_ru.round.base");
        double high = BASELINE.parameters().spec("jp_ru.round.base").searchHigh(); // the top of its prior: far more rounds
        onScreen.params().setValue(i, high);
        // the same replications with the high value set by hand before month 2
        TreatyModel[] byHand = new TreatyModel[3];
        for (int k = 0; k < 3; k++) {
            byHand[k] = MonteCarlo.replication(BASELINE, 2, k, false, null);
            byHand[k].start();
            byHand[k].schedule.step(byHand[k]);
            byHand[k].params().setValue(i, high);
            byHand[k].parametersChanged();
        }
        for (int t = 1; t < 240; t++) {
            b.step();
            unchanged.step();
            for (TreatyModel f : byHand) f.schedule.step(f);
        }
        boolean differs = false;
        for (int k = 0; k < 3; k++) {
            assertEquals(high, b.replay(k).params().value(i), 0.0);
            assertArrayEquals(snapshot(byHand[k]), snapshot(b.replay(k)), "replay " + k + " follows the value set on screen");
            differs |= b.replay(k).state().rounds() != unchanged.replay(k).state().rounds();
        }
        assertTrue(differs, "the change matters: the replays hold more or fewer rounds than without it");
    }

    static double[] snapshot(TreatyModel m) {
        double[] out = new double[Var.COUNT];
        m.state().snapshot(out);
        return out;
    }

    @Test void blockingChartDrawsOneColumnOfSharesPerMonthAndThisRunsGateInTheStrip() {
        BlockingChart c = new BlockingChart();
        c.reset(BASELINE, 50);
        double[] shares = new double[BlockingChart.LABELS.size()];
        shares[0] = 0.25;
        shares[1] = 0.75;
        c.add(BASELINE.monthAt(0), shares, 1);
        c.add(BASELINE.monthAt(1), shares, 0);
        c.add(BASELINE.monthAt(2), shares, 0);
        assertEquals(3, c.points());
        int[] strip = c.stripCounts();
        assertEquals(1, strip[1]);
        assertEquals(2, strip[0]);
        org.jfree.data.xy.TableXYDataset data = (org.jfree.data.xy.TableXYDataset)
                ((org.jfree.chart.plot.CombinedDomainXYPlot) c.chart.getPlot()).getSubplots().stream()
                        .map(p -> ((org.jfree.chart.plot.XYPlot) p).getDataset()).filter(d -> d instanceof org.jfree.data.xy.TableXYDataset)
                        .findFirst().orElseThrow();
        assertEquals(3, data.getItemCount());
        assertEquals(75.0, data.getYValue(1, 2), 0.0, "shares in per cent");
        c.reset(BASELINE, 50);
        assertEquals(0, c.points());
        assertEquals(0, java.util.Arrays.stream(c.stripCounts()).sum());
        assertEquals(BlockingChart.LABELS.size(), ReplayBatch.GATES.size());
    }

    @Test void gateOfTheRunIsTheOneGateThatIsOneUntilATreaty() {
        TreatyModel m = model(BASELINE, 4);
        m.start();
        assertEquals(-1, BlockingChart.gateOf(null));
        for (int t = 0; t < 120; t++) {
            m.schedule.step(m);
            int g = BlockingChart.gateOf(m.state());
            if (m.signedStep() >= 0 && m.signedStep() < t) assertEquals(-1, g);
            else assertTrue(g >= 0, "a gate in " + BASELINE.monthAt(t));
        }
    }

    // ---- the map ----

    @Test void mapLabelsTheDecisionsInForce() {
        TreatyModel m = model(BASELINE, 1);
        assertTrue(Actor.JAPAN.details(m).isEmpty(), "nothing before the start");
        m.start();
        play(m, 1);
        m.state().setDecision(Var.JP_DECLARED_DEMAND, 4.0);
        m.state().setDecision(Var.JP_SANCTIONS, 2);
        m.state().setDecision(Var.RU_DECLARED_OFFER, 2);
        m.state().setDecision(Var.US_PRESSING, 1);
        m.state().setDecision(Var.US_SANCTIONS, 1);
        m.state().setDecision(Var.CN_STANCE_KURILS, 0.8);
        assertEquals(List.of("declared: four at once (4.0)", "sanctions: aligned"), texts(Actor.JAPAN.details(m)));
        assertEquals(List.of("declared: 1956 basis (2.0)"), texts(Actor.RUSSIA.details(m)));
        assertEquals(List.of("PRESSING TOKYO", "sanctions: targeted"), texts(Actor.UNITED_STATES.details(m)));
        assertTrue(Actor.UNITED_STATES.details(m).get(0).alert());
        assertEquals(List.of("Kurils: backs Japan"), texts(Actor.CHINA.details(m)));
        m.state().setDecision(Var.US_PRESSING, 0);
        m.state().setDecision(Var.CN_STANCE_KURILS, -0.8);
        assertEquals("not pressing Tokyo", Actor.UNITED_STATES.details(m).get(0).text());
        assertEquals("Kurils: with Moscow", Actor.CHINA.details(m).get(0).text());
    }

    @Test void talksBannerSaysOpenOrSuspendedAndByWhom() {
        TreatyModel m = model(BASELINE, 1);
        assertEquals("Talks: not started", TalksBanner.text(m).headline());
        m.start();
        play(m, 1);
        m.state().setTalks(Country.JP, true);
        m.state().setTalks(Country.RU, true);
        assertEquals("Talks OPEN", TalksBanner.text(m).headline());
        m.state().setTalks(Country.RU, false);
        TalksBanner.Text t = TalksBanner.text(m);
        assertEquals("Talks SUSPENDED", t.headline());
        assertEquals(List.of("by Moscow"), t.details());
        m.state().setTalks(Country.JP, false);
        assertEquals(List.of("by Tokyo and Moscow"), TalksBanner.text(m).details());
    }

    private static List<String> texts(List<Actor.Detail> d) {
        List<String> out = new ArrayList<>();
        for (Actor.Detail x : d) out.add(x.text());
        return out;
    }

    // ---- v0.1's parts ----

    @Test void pathOddsCompoundMonthlyHazards() {
        TreatyCharts.PathOdds o = new TreatyCharts.PathOdds();
        for (int i = 0; i < 12; i++) o.add(0.2);
        assertEquals(0.2, o.cumulative(), 1e-12, "a year at an annual hazard of 0.2 gives 0.2");
        o.add(Double.NaN);
        assertEquals(0.2, o.cumulative(), 1e-12, "an undefined hazard (after signing) leaves it unchanged");
        for (int i = 0; i < 12; i++) o.add(0.5);
        assertEquals(1 - 0.8 * 0.5, o.cumulative(), 1e-12);
        o.reset();
        assertEquals(0.0, o.cumulative(), 0.0);
    }

    @Test void discAreaGrowsLinearlyWithWeightAndLinesWidenWithStrength() {
        double a0 = Math.pow(ActorPortrayal.diameter(0), 2), a5 = Math.pow(ActorPortrayal.diameter(0.5), 2), a1 = Math.pow(ActorPortrayal.diameter(1), 2);
        assertEquals(ActorPortrayal.MIN_D, ActorPortrayal.diameter(0), 1e-9);
        assertEquals(ActorPortrayal.MAX_D, ActorPortrayal.diameter(1), 1e-9);
        assertEquals((a0 + a1) / 2, a5, 1e-6);
        assertEquals(ActorPortrayal.MAX_D, ActorPortrayal.diameter(3), 1e-9, "clamped");
        assertTrue(RelationPortrayal.width(Relation.AFFINITY.strength(-0.8)) > RelationPortrayal.width(Relation.AFFINITY.strength(0.2)));
        assertEquals(Relation.HOSTILE, Relation.AFFINITY.colour(-0.1));
        assertTrue(Relation.US_RU_TENSION.dashed() && !Relation.ALLIANCE.dashed());
    }
}
