import { RapportError, SeededRandom } from '@rapport/shared-util';
import { type CompiledCatalog, type CompiledOffer } from '../catalog/compiled-catalog';
import { matchesSelector } from '../catalog/offer-selector';
import { deriveConversationState } from '../conversation/derive-conversation-state';
import { type ConversationState } from '../conversation/conversation-state';
import { isContactAllowed } from '../policies/consent';
import { type ContactPolicy, type OutboundCap } from '../policies/contact-policy';
import { type ActivePause, describePause, findActivePauses } from '../policies/evaluate-contact-policies';
import { type ResolvedOutcome } from '../policies/tracked-outcome';
import { resolveOutcomes } from '../policies/resolve-outcomes';
import { insertTopK } from './insert-top-k';
import { type BoundOrder, type ScreenClasses, buildBoundOrder, buildScreenClasses } from './lazy-screening';
import { KIND_EDUCATION, KIND_RETENTION, KIND_SALES, KIND_SERVICE, MODE_DEFAULT, MODE_MANDATORY, type OfferTable, buildOfferTable } from './offer-table';
import { valueShapeFor } from '../value/value-shape';
import { capApplies, remainingOutboundBudget } from '../policies/evaluate-outbound-caps';
import { validateContactPolicy, validateOutboundCap } from '../policies/validate-contact-policy';
import { type PropensityModelState } from '../propensity/propensity-model';
import { ALL_CHANNELS, type PropensityStore, propensityModelKey } from '../propensity/propensity-store';
import { ThompsonSampler } from '../propensity/thompson-sampler';
import { compilePredicate } from '../rules/compile-rule';
import { validateRule } from '../rules/validate-rule';
import { toEpochMs } from '../time';
import { DEFAULT_VALUE_CONFIG, type ValueConfig } from '../value/value-config';
import { type ContextWeightRule, DEFAULT_CONTEXT_WEIGHTS } from './context-weight';
import {
  type Decision,
  type DecisionRequest,
  type Recommendation,
  SUPPRESSION_STAGES,
  type SuppressedOffer,
} from './decision';

export interface DecisionEngineConfig {
  catalog: CompiledCatalog;
  propensities: PropensityStore;
  contactPolicies?: readonly ContactPolicy[];
  outboundCaps?: readonly OutboundCap[];
  /** Default DEFAULT_CONTEXT_WEIGHTS; pass [] for C = 1 everywhere. */
  contextWeights?: readonly ContextWeightRule[];
  value?: Partial<ValueConfig>;
  /** Share of decisions drawn uniformly at random among the allowed offers (default 0.02). */
  controlRate?: number;
  /** Source of randomness (Thompson draws, control group, ids); seed it for reproducible runs. */
  random?: SeededRandom;
  /** Monte-Carlo draws used to estimate each recommendation's selection probability (default 32; 0 = do not estimate, NaN). */
  selectionSamples?: number;
  quietDaysAfterComplaint?: number;
}

/** The propensity method, recorded with every decision. */
export const PROPENSITY_METHOD = 'beta-thompson-v1';

const NORMAL_EVIDENCE = ThompsonSampler.NORMAL_APPROXIMATION_EVIDENCE;
const MAX_Z = ThompsonSampler.MAX_Z;
/** Pruning tracks the TOP_K best draws; limits above it disable pruning. */
const TOP_K = 16;
/** Candidates drawn first, by highest possible priority, to set the pruning threshold. */
const PHASE_A_SIZE = 24;

// Indexes into SUPPRESSION_STAGES: numbers keep the hot loop free of keyed lookups by name
// (such lookups, first met after optimisation, made V8 deoptimise `decide` hundreds of times).
const STAGE_VALIDITY = 0;
const STAGE_ELIGIBILITY = 1; // + 1 applicability, + 2 suitability
const STAGE_CONSENT = 4;
const STAGE_CONTACT_POLICY = 5;
const STAGE_OUTBOUND_CAP = 6;
const STAGE_ARBITRATION = 7;
/** Screen-class outcomes besides a suppression stage (see countLazily). */
const CLASS_PASS = -1;
const CLASS_MANDATORY = -2;
/** Slack on priority bounds against rounding: the bound and the priority multiply in other orders. */
const BOUND_SLACK = 1 + 1e-12;
/** Extra contenders beyond the limit in the selection-probability simulation. */
const EXTRA_CONTENDERS = 4;

const NO_CANDIDATES = new Int32Array(0);
/** Consent rule ids and reasons by purpose code when not explaining (see OfferTable.marketing). */
const NO_TEXT: readonly string[] = ['', ''];

/** A context weight rule, compiled, with the offers it applies to by index. */
interface ActiveWeight {
  rule: ContextWeightRule;
  when: (data: unknown) => boolean;
  applies: Uint8Array;
}

/** One request as the candidate screen sees it (see DecisionEngine.screenCandidates). */
interface Screening {
  now: number;
  channel: string;
  explain: boolean;
  ruleData: unknown;
  customer: DecisionRequest['customer'];
  marketingAllowed: boolean;
  serviceAllowed: boolean;
  capBudget: Int32Array | null;
  /** Context weights whose `when` holds for the request. */
  activeWeights: readonly ActiveWeight[];
  /** Filled with the mandatory offers that passed. */
  mandatory: number[];
}

/** What decisions for one customer share across channels (see DecisionEngine.decideChannels). */
interface CustomerInputs {
  now: number;
  conversation: ConversationState;
  outcomes: readonly ResolvedOutcome[];
  /** Per contact policy: its active pauses, or undefined when they depend on the channel. */
  pauses: ReadonlyArray<Map<string, ActivePause> | null | undefined>;
  /** Remaining budget per outbound cap (outbound requests with caps), before this decision. */
  capBudget: Int32Array | null;
}

/** Live model states per offer index along the backoff tree (see PropensityConfig.backoffStrength). */
interface ModelRefs {
  offer: PropensityModelState[];
  offerSegment: PropensityModelState[] | null;
  leaf: PropensityModelState[];
  leafKeys: string[];
  /** offer × channel models (for mandatory offers' reported propensity). */
  pooled: PropensityModelState[];
  pooledKeys: string[];
  bySegment: boolean;
  /**
   * Posterior Beta parameters and mean per offer index, and the bounds of any Thompson draw from
   * it (see ThompsonSampler.bounds, unclamped), as of store revision `revision`.
   */
  alpha: Float64Array;
  beta: Float64Array;
  mean: Float64Array;
  lowerP: Float64Array;
  upperP: Float64Array;
  /** Standard deviation of the normal approximation; −1 where the draw is exact (see draw). */
  sd: Float64Array;
  revision: number;
  /** Candidates by kind and priority bound, for lazy screening; rebuilt when the posteriors change. */
  boundOrder: BoundOrder | null;
}

/**
 * The next-best-action engine over one compiled catalog. `decide` is synchronous and keeps its
 * scratch buffers between calls, so one engine serves one request at a time (JavaScript's single
 * thread guarantees it); create one engine per process and rebuild it when the catalog changes.
 */
export class DecisionEngine {
  readonly modelVersion: string;
  private readonly catalog: CompiledCatalog;
  private readonly table: OfferTable;
  private readonly store: PropensityStore;
  private readonly policies: readonly ContactPolicy[];
  private readonly policyApplies: Uint8Array[];
  private readonly caps: readonly OutboundCap[];
  private readonly weights: readonly ActiveWeight[];
  private readonly valueConfig: ValueConfig;
  private readonly controlRate: number;
  private readonly random: SeededRandom;
  private readonly sampler: ThompsonSampler;
  private readonly selectionSamples: number;
  private readonly quietDays: number;
  private readonly modelRefs = new Map<string, ModelRefs>();
  // Scratch buffers, sized to the catalog, reused by every decision.
  /** Per distinct rule (OfferTable.predicates): 0 not evaluated yet, 1 passed, −1 failed. */
  private readonly verdicts: Int8Array;
  /** Posteriors of the current decision's channel and segment. */
  private refs!: ModelRefs;
  private readonly kindFactor = new Float64Array([1, 1, 1, 1]);
  private readonly kindBonus = new Float64Array(4);
  /** Offers that passed every policy, in candidate order; choose() permutes it. */
  private readonly rankedOffers: Int32Array;
  /** Position of each ranked offer in rankedOffers. */
  private readonly positionOf: Int32Array;
  private readonly sampled: Float64Array;
  private readonly contextWeightOf: Float64Array;
  private readonly valueOf: Float64Array;
  private readonly priorities: Float64Array;
  private readonly taken: Uint8Array;
  private readonly tiers: Uint8Array;
  private readonly stageCounts = new Int32Array(SUPPRESSION_STAGES.length);
  private readonly scales: Float64Array;
  private readonly pruned: Uint8Array;
  private readonly bestDraws = new Float64Array(TOP_K);
  /** Rank positions and upper bounds of the PHASE_A_SIZE highest upper bounds, best first. */
  private readonly phaseAPosition = new Int32Array(PHASE_A_SIZE);
  private readonly phaseAUpper = new Float64Array(PHASE_A_SIZE);
  private phaseACount = 0;
  /** Upper bound of P × C × V × L by rank position (a sequential scan in sampleCandidates). */
  private readonly rankUpper: Float64Array;
  /** Rank positions of the offers drawn after phase A, ascending. */
  private readonly drawnPositions: Int32Array;
  /** Offers drawn (not pruned) in the last decision, in drawing order and in rankedOffers order. */
  private readonly live: Int32Array;
  private readonly liveRanked: Int32Array;
  private liveCount = 0;
  /** Ranked offers in a rank-first tier (decided by a context weight) in the current decision. */
  private tierOneCount = 0;
  /** Offers choose() skipped for an outbound cap reached within the decision. */
  private blockedInChoice = 0;
  private idPrefix = '';
  private readonly pauseOf: Array<ActivePause | null>;
  /** The pause's rule id and description per paused offer (explain mode only). */
  private readonly pauseRuleId: string[];
  private readonly pauseReason: string[];
  private readonly pausedOffers: Int32Array;
  private readonly allOfferIndexes: number[];
  private readonly offerIndexesById = new Map<string, number[]>();
  private readonly offerIndexesByGroup = new Map<string, number[]>();
  private readonly offerIndexesByIssue = new Map<string, number[]>();
  private explainNow = true;
  private suppressedNow: SuppressedOffer[] = [];
  private idCounter = 0;
  /** Lazy screening (counts-only decisions, see decideOn): classes per channel, state per decision. */
  private readonly screenClasses = new Map<string, ScreenClasses>();
  private classes!: ScreenClasses;
  private readonly classOutcome: Int8Array;
  private lazyNow = false;
  private readonly cursor = new Int32Array(4);
  private readonly kindBound = new Float64Array(4);
  /** Offers the lazy walk screened and passed, in visiting order, and their priority bounds. */
  private readonly visited: Int32Array;
  private visitedCount = 0;
  private readonly upperOf: Float64Array;
  /** Largest C any offer can get: the product of the active weights above 1. */
  private weightCeiling = 1;
  private activeNow: readonly ActiveWeight[] = [];
  private nowMs = 0;
  private readonly selectionHits = new Float64Array(101);
  private readonly selectionDraws = new Float64Array(101 + EXTRA_CONTENDERS);
  private readonly contenderAlpha = new Float64Array(101 + EXTRA_CONTENDERS);
  private readonly contenderMean = new Float64Array(101 + EXTRA_CONTENDERS);
  private readonly contenderSd = new Float64Array(101 + EXTRA_CONTENDERS);
  /** addContenders' sorted pick (offer index and mean priority). */
  private readonly contenderPick = new Int32Array(101 + EXTRA_CONTENDERS);
  private readonly contenderPickScore = new Float64Array(101 + EXTRA_CONTENDERS);
  private readonly contenderBeta = new Float64Array(101 + EXTRA_CONTENDERS);
  private readonly contenderScale = new Float64Array(101 + EXTRA_CONTENDERS);
  private readonly contenderTier = new Uint8Array(101 + EXTRA_CONTENDERS);

  constructor(config: DecisionEngineConfig) {
    this.catalog = config.catalog;
    this.store = config.propensities;
    this.policies = config.contactPolicies ?? [];
    this.caps = config.outboundCaps ?? [];
    for (const policy of this.policies) failOn(validateContactPolicy(policy), `contact policy ${policy.id}`);
    for (const cap of this.caps) failOn(validateOutboundCap(cap), `outbound cap ${cap.id}`);
    const offers = this.catalog.offers;
    this.policyApplies = this.policies.map((policy) => Uint8Array.from(offers, (offer) => (matchesSelector(policy.appliesTo, offer) ? 1 : 0)));
    this.weights = (config.contextWeights ?? DEFAULT_CONTEXT_WEIGHTS).map((rule) => {
      failOn(validateRule(rule.when, 'when'), `context weight ${rule.id}`);
      if (!(rule.weight >= 0 && Number.isFinite(rule.weight))) throw new RapportError('BAD_USER_INPUT', `context weight ${rule.id}: weight must be ≥ 0`, 'weight');
      return { rule, when: compilePredicate(rule.when), applies: Uint8Array.from(offers, (offer) => (matchesSelector(rule.appliesTo, offer) ? 1 : 0)) };
    });
    this.valueConfig = { ...DEFAULT_VALUE_CONFIG, ...config.value };
    this.controlRate = config.controlRate ?? 0.02;
    if (!(this.controlRate >= 0 && this.controlRate < 1)) throw new RapportError('BAD_USER_INPUT', 'controlRate must be in [0, 1)', 'controlRate');
    this.random = config.random ?? new SeededRandom(Date.now());
    this.sampler = new ThompsonSampler(this.random);
    this.selectionSamples = config.selectionSamples ?? 32;
    this.quietDays = config.quietDaysAfterComplaint ?? 14;
    this.modelVersion = `${this.catalog.version}+${PROPENSITY_METHOD}`;
    const n = offers.length;
    this.table = buildOfferTable(this.catalog);
    this.verdicts = new Int8Array(this.table.predicates.length);
    this.rankedOffers = new Int32Array(n);
    this.positionOf = new Int32Array(n);
    this.sampled = new Float64Array(n);
    this.contextWeightOf = new Float64Array(n);
    this.valueOf = new Float64Array(n);
    this.priorities = new Float64Array(n);
    this.taken = new Uint8Array(n);
    this.tiers = new Uint8Array(n);
    this.scales = new Float64Array(n);
    this.pruned = new Uint8Array(n);
    this.rankUpper = new Float64Array(n);
    this.drawnPositions = new Int32Array(n);
    this.live = new Int32Array(n);
    this.liveRanked = new Int32Array(n);
    this.pauseOf = new Array<ActivePause | null>(n).fill(null);
    this.pauseRuleId = new Array<string>(n).fill('');
    this.pauseReason = new Array<string>(n).fill('');
    this.pausedOffers = new Int32Array(n);
    this.classOutcome = new Int8Array(n);
    this.visited = new Int32Array(n);
    this.upperOf = new Float64Array(n);
    this.allOfferIndexes = offers.map((o) => o.index);
    const push = (map: Map<string, number[]>, key: string, index: number): void => {
      const list = map.get(key);
      if (list) list.push(index);
      else map.set(key, [index]);
    };
    for (const offer of offers) {
      push(this.offerIndexesById, offer.id, offer.index);
      push(this.offerIndexesByGroup, offer.groupName, offer.index);
      push(this.offerIndexesByIssue, offer.issue, offer.index);
    }
  }

  /** Decides the next best actions for one customer on one channel. */
  decide(request: DecisionRequest): Decision {
    const now = this.validNow(request);
    return this.decideOn(request, request.channel, request.decisionId, this.customerInputs(request, now));
  }

  /**
   * Decides for one customer on each of `channels`, in order: the same decisions, random draws
   * included, as calling `decide` once per channel with `request`, but the conversation state,
   * resolved outcomes, channel-independent pauses and cap counts are derived once (the batch
   * worker decides every outbound channel for each customer). `newDecisionId`, when given, names
   * each decision as it is made.
   */
  decideChannels(request: Omit<DecisionRequest, 'channel' | 'decisionId'>, channels: readonly string[], newDecisionId?: () => string): Decision[] {
    if (channels.length === 0) return [];
    const now = this.validNow(request);
    const inputs = this.customerInputs(request, now);
    return channels.map((channel) => this.decideOn(request, channel, newDecisionId?.(), inputs));
  }

  private validNow(request: Pick<DecisionRequest, 'now' | 'limit'>): number {
    const now = toEpochMs(request.now);
    if (!Number.isFinite(now)) throw new RapportError('BAD_USER_INPUT', 'now is not a valid time', 'now');
    const limit = request.limit ?? 1;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RapportError('BAD_USER_INPUT', 'limit must be an integer in 1..100', 'limit');
    return now;
  }

  /** What a decision derives from the customer's history, whatever the channel. */
  private customerInputs(request: Omit<DecisionRequest, 'channel'>, now: number): CustomerInputs {
    const conversation = request.conversation ?? deriveConversationState(request.events ?? [], now, { quietDaysAfterComplaint: this.quietDays });
    const outcomes = resolveOutcomes(this.catalog, request.interactions ?? [], request.events ?? [], now);
    const pauses = this.policies.map((policy) => (policy.channel === 'same' ? undefined : findActivePauses(policy, outcomes, '', now)));
    const capBudget = request.direction === 'outbound' && this.caps.length > 0 ? remainingOutboundBudget(this.caps, outcomes, now) : null;
    return { now, conversation, outcomes, pauses, capBudget };
  }

  private decideOn(request: Omit<DecisionRequest, 'channel' | 'decisionId'>, channel: string, decisionId: string | undefined, inputs: CustomerInputs): Decision {
    const { now, conversation, outcomes } = inputs;
    const limit = request.limit ?? 1;
    const direction = request.direction ?? 'inbound';
    const explain = request.explain ?? true;
    const customer = request.customer;
    const hasClv = customer.clv != null && customer.pAlive != null;
    const nowDate = new Date(now);
    const ruleData = {
      customer: {
        id: customer.id,
        segment: customer.segment ?? null,
        clv: customer.clv ?? null,
        pAlive: customer.pAlive ?? null,
        expectedPurchases: customer.expectedPurchases ?? null,
        attributes: customer.attributes ?? {},
      },
      conversation,
      context: { ...request.context, channel, direction, hourOfDay: nowDate.getUTCHours(), dayOfWeek: nowDate.getUTCDay() },
    };

    const pausedCount = this.markPausedOffers(inputs.pauses, outcomes, channel, now, explain);
    const marketingAllowed = isContactAllowed(request.consents, channel, 'marketing');
    const serviceAllowed = isContactAllowed(request.consents, channel, 'service');
    // choose() consumes the budget: each decision starts from its own copy.
    const capBudget = inputs.capBudget === null ? null : inputs.capBudget.slice();
    const activeWeights = this.weights.filter((w) => w.when(ruleData));

    const suppressed: SuppressedOffer[] = [];
    const counts = this.stageCounts;
    counts.fill(0);
    this.explainNow = explain;
    this.suppressedNow = suppressed;

    const table = this.table;
    const candidates = table.candidates.get(channel) ?? NO_CANDIDATES;
    const refs = this.modelRefsFor(channel, customer.segment ?? null);
    this.refreshPosteriors(refs);
    this.refs = refs;
    const mandatory: number[] = [];
    const screening: Screening = { now, channel, explain, ruleData, customer, marketingAllowed, serviceAllowed, capBudget, activeWeights, mandatory };
    const boundsHold = this.setValueShape(customer);
    // Counts-only decisions screen lazily (see countLazily); explained ones list every offer.
    const lazy = !explain && boundsHold && !activeWeights.some((w) => w.rule.rankFirst);
    let ranked = lazy ? this.countLazily(channel, screening, pausedCount) : 0;
    let slots = Math.max(0, limit - mandatory.length);
    // Lazy screening runs exactly where pruning does (see sampleCandidates); elsewhere screen all.
    this.lazyNow = lazy && ranked > PHASE_A_SIZE && slots >= 1 && slots <= TOP_K && !(capBudget !== null && this.capCanBlock(capBudget, channel, slots));
    if (this.lazyNow) this.sampleLazily(slots);
    else {
      this.restartScreening(screening);
      ranked = this.screenCandidates(candidates, screening);
      slots = Math.max(0, limit - mandatory.length);
      this.sampleCandidates(ranked, slots, this.tierOneCount, capBudget !== null && this.capCanBlock(capBudget, channel, slots));
    }

    const control = ranked > 0 && this.random.next() < this.controlRate;
    if (control && this.lazyNow) {
      // A uniform pick needs every ranked offer in candidate order: finish screening them all.
      this.restartScreening(screening);
      this.screenCandidates(candidates, screening);
      for (let k = 0; k < this.liveCount; k++) this.pruned[this.live[k]] = 0;
      this.lazyNow = false;
    }
    if (explain || control) this.priceUndrawn(ranked);
    const chosen = this.choose(ranked, slots, control, capBudget, channel);
    const selection = this.estimateSelectionProbabilities(ranked, chosen, slots);

    const recommendations: Recommendation[] = [];
    for (const i of mandatory) recommendations.push(this.mandatoryRecommendation(this.catalog.offers[i], channel, recommendations.length + 1, refs));
    const activeRules = chosen.length > 0 ? activeWeights.map((w) => w.rule) : [];
    for (let r = 0; r < chosen.length; r++) {
      recommendations.push(this.rankedRecommendation(this.catalog.offers[chosen[r]], channel, recommendations.length + 1, refs, selection[r], control, activeRules, hasClv));
    }
    // Every ranked offer neither chosen nor blocked by a cap within the decision lost arbitration.
    if (explain) this.explainArbitration(ranked, chosen, slots, control);
    else counts[STAGE_ARBITRATION] += ranked - chosen.length - this.blockedInChoice;
    for (let k = 0; k < pausedCount; k++) this.pauseOf[this.pausedOffers[k]] = null;
    return {
      id: decisionId ?? this.newId(),
      customerId: customer.id,
      channel,
      direction,
      decidedAt: now,
      modelVersion: this.modelVersion,
      control,
      recommendations,
      suppressed,
      suppressedCounts: {
        validity: counts[0],
        eligibility: counts[1],
        applicability: counts[2],
        suitability: counts[3],
        consent: counts[4],
        'contact-policy': counts[5],
        'outbound-cap': counts[6],
        arbitration: counts[7],
      },
      candidateCount: candidates.length,
      conversation,
    };
  }

  /**
   * Screens every candidate on the channel through validity, engagement rules, consent, contact
   * policies and outbound caps, in pipeline order, and prepares C, V, L and the bounds of P × C × V
   * × L of those that pass (rankedOffers, in candidate order). Mandatory offers go to
   * `mandatory`. Returns how many were ranked. (A method of its own so that V8 optimises this
   * loop as a whole instead of entering it on stack replacement from the interpreter.)
   */
  private screenCandidates(candidates: Int32Array, request: Screening): number {
    const { now, channel, explain, ruleData, marketingAllowed, serviceAllowed, capBudget, activeWeights, mandatory } = request;
    const refs = this.refs;
    const table = this.table;
    const pauseOf = this.pauseOf;
    const verdicts = this.verdicts;
    verdicts.fill(0);
    let ranked = 0;
    let tierOneCount = 0;

    const kindFactor = this.kindFactor;
    const kindBonus = this.kindBonus;
    const consentRuleId = explain ? [`consent:${channel}:service`, `consent:${channel}:marketing`] : NO_TEXT;
    const consentReason = explain ? [`no service consent on ${channel}`, `no marketing consent on ${channel}`] : NO_TEXT;

    const { validFrom, validTo, kind, mode, marketing, lever, checkStart, checkPredicate, checkFamily, checkSlot, predicates } = table;
    const offerValue = table.value;
    const upperP = refs.upperP;
    const { tiers, contextWeightOf, valueOf, scales, rankedOffers, rankUpper, positionOf, pruned } = this;
    const topPosition = this.phaseAPosition;
    const topUpper = this.phaseAUpper;
    let topCount = 0;
    candidateLoop: for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c];
      if (now < validFrom[i] || now >= validTo[i]) {
        this.suppress(i, STAGE_VALIDITY, explain ? `offer:${this.catalog.offers[i].code}:validity` : '', 'outside its validity window', null);
        continue;
      }
      // Engagement rules in pipeline order; each distinct rule is evaluated once per decision.
      for (let k = checkStart[i], end = checkStart[i + 1]; k < end; k++) {
        const p = checkPredicate[k];
        let verdict = verdicts[p];
        if (verdict === 0) verdicts[p] = verdict = predicates[p](ruleData) ? 1 : -1;
        if (verdict < 0) {
          const slot = checkSlot[k];
          this.suppress(i, STAGE_ELIGIBILITY + checkFamily[k], slot.ruleId, slot.reason, null);
          continue candidateLoop;
        }
      }
      const purpose = marketing[i];
      if (!(purpose === 1 ? marketingAllowed : serviceAllowed)) {
        this.suppress(i, STAGE_CONSENT, consentRuleId[purpose], consentReason[purpose], null);
        continue;
      }
      if (pauseOf[i] !== null) {
        this.suppress(i, STAGE_CONTACT_POLICY, this.pauseRuleId[i], this.pauseReason[i], null);
        continue;
      }
      if (mode[i] === MODE_MANDATORY) {
        mandatory.push(i);
        continue;
      }
      if (capBudget !== null && mode[i] === MODE_DEFAULT) {
        const purpose = this.catalog.offers[i].purpose;
        for (let k = 0; k < this.caps.length; k++) {
          const cap = this.caps[k];
          if (capBudget[k] <= 0 && capApplies(cap, channel, purpose)) {
            this.suppress(i, STAGE_OUTBOUND_CAP, `cap:${cap.id}`, `outbound cap "${cap.name}" reached (${cap.max} per ${cap.periodDays} days)`, null);
            continue candidateLoop;
          }
        }
      }
      let weight = 1;
      let tier = 0;
      for (let w = 0; w < activeWeights.length; w++) {
        if (activeWeights[w].applies[i] === 1) {
          weight *= activeWeights[w].rule.weight;
          if (activeWeights[w].rule.rankFirst) tier = 1;
        }
      }
      tiers[i] = tier;
      const k = kind[i];
      const value = offerValue[i] * kindFactor[k] + kindBonus[k];
      const scale = weight * value * lever[i];
      contextWeightOf[i] = weight;
      valueOf[i] = value;
      scales[i] = scale;
      if (tier === 1) tierOneCount++;
      // Bound of any Thompson draw (see ThompsonSampler.bounds) × C × V × L, for pruning; the
      // PHASE_A_SIZE highest are kept in a small sorted buffer (most offers are rejected at once).
      const upper = upperP[i] * scale;
      rankUpper[ranked] = upper;
      pruned[i] = 1;
      positionOf[i] = ranked;
      rankedOffers[ranked] = i;
      if (topCount < PHASE_A_SIZE || upper > topUpper[topCount - 1]) {
        let k = topCount < PHASE_A_SIZE ? topCount++ : topCount - 1;
        while (k > 0 && topUpper[k - 1] < upper) {
          topUpper[k] = topUpper[k - 1];
          topPosition[k] = topPosition[k - 1];
          k--;
        }
        topUpper[k] = upper;
        topPosition[k] = ranked;
      }
      ranked++;
    }
    this.tierOneCount = tierOneCount;
    this.phaseACount = topCount;
    return ranked;
  }

  /**
   * Sets V per kind for the customer: margin × factor + bonus (see valueShapeFor). Returns whether
   * factor and bonuses are ≥ 0, which the priority bounds of lazy screening assume.
   */
  private setValueShape(customer: DecisionRequest['customer']): boolean {
    const valueShape = valueShapeFor(customer, this.valueConfig);
    this.kindFactor[KIND_SALES] = valueShape.salesFactor;
    this.kindBonus[KIND_RETENTION] = valueShape.retentionBonus;
    this.kindBonus[KIND_SERVICE] = valueShape.serviceBonus;
    this.kindBonus[KIND_EDUCATION] = valueShape.educationBonus;
    return valueShape.salesFactor >= 0 && valueShape.retentionBonus >= 0 && valueShape.serviceBonus >= 0 && valueShape.educationBonus >= 0;
  }

  /** Resets what a lazy pass may have counted before screening every candidate. */
  private restartScreening(request: Screening): void {
    this.stageCounts.fill(0);
    request.mandatory.length = 0;
  }

  /**
   * Counts-only screening by screen class (see ScreenClasses): every suppression count and the
   * number of ranked offers exactly as screenCandidates finds them, and the mandatory offers, but
   * without C, V, L or bounds per offer; those come lazily, for the offers visited by visit().
   */
  private countLazily(channel: string, request: Screening, pausedCount: number): number {
    let classes = this.screenClasses.get(channel);
    if (!classes) this.screenClasses.set(channel, (classes = buildScreenClasses(this.table, this.table.candidates.get(channel) ?? NO_CANDIDATES, this.catalog.offers.length)));
    this.classes = classes;
    this.verdicts.fill(0);
    const { start, members, representative, latestFrom, earliestTo, classOf } = classes;
    const { validFrom, validTo } = this.table;
    const { now, mandatory } = request;
    const counts = this.stageCounts;
    const outcome = this.classOutcome;
    const pauseOf = this.pauseOf;
    let ranked = 0;
    for (let c = 0; c < representative.length; c++) {
      const out = (outcome[c] = this.screenClass(representative[c], request));
      const from = start[c];
      const to = start[c + 1];
      let valid = to - from;
      if (!(now >= latestFrom[c] && now < earliestTo[c])) {
        valid = 0;
        for (let m = from; m < to; m++) if (now >= validFrom[members[m]] && now < validTo[members[m]]) valid++;
      }
      counts[STAGE_VALIDITY] += to - from - valid;
      if (out >= 0) counts[out] += valid;
      else if (out === CLASS_PASS) ranked += valid;
      else {
        for (let m = from; m < to; m++) {
          const i = members[m];
          if (now >= validFrom[i] && now < validTo[i] && pauseOf[i] === null) mandatory.push(i);
        }
      }
    }
    // A pause comes before the mandatory and cap stages: move the paused offers of such classes.
    for (let k = 0; k < pausedCount; k++) {
      const i = this.pausedOffers[k];
      const c = classOf[i];
      if (c < 0 || now < validFrom[i] || now >= validTo[i]) continue;
      const out = outcome[c];
      if (out === CLASS_PASS) ranked--;
      else if (out === STAGE_OUTBOUND_CAP) counts[STAGE_OUTBOUND_CAP]--;
      else if (out !== CLASS_MANDATORY) continue;
      counts[STAGE_CONTACT_POLICY]++;
    }
    if (mandatory.length > 1) mandatory.sort((a, b) => a - b);
    // Ready the walk in bound order for visit().
    const refs = this.refs;
    if (refs.boundOrder === null || refs.boundOrder.revision !== refs.revision) {
      refs.boundOrder = buildBoundOrder(this.table, this.table.candidates.get(channel) ?? NO_CANDIDATES, refs.upperP, this.cursor.length, refs.revision);
    }
    for (let k = 0; k < this.cursor.length; k++) this.cursor[k] = refs.boundOrder.kindStart[k];
    let ceiling = 1;
    for (const w of request.activeWeights) ceiling *= Math.max(1, w.rule.weight);
    this.weightCeiling = ceiling;
    this.activeNow = request.activeWeights;
    this.nowMs = now;
    this.visitedCount = 0;
    this.phaseACount = 0;
    return ranked;
  }

  /** The stage at which a class's offers (valid, not paused) drop out, or CLASS_PASS / CLASS_MANDATORY. */
  private screenClass(i: number, request: Screening): number {
    const { checkStart, checkPredicate, checkFamily, predicates, marketing, mode } = this.table;
    const verdicts = this.verdicts;
    for (let k = checkStart[i], end = checkStart[i + 1]; k < end; k++) {
      const p = checkPredicate[k];
      let verdict = verdicts[p];
      if (verdict === 0) verdicts[p] = verdict = predicates[p](request.ruleData) ? 1 : -1;
      if (verdict < 0) return STAGE_ELIGIBILITY + checkFamily[k];
    }
    if (!(marketing[i] === 1 ? request.marketingAllowed : request.serviceAllowed)) return STAGE_CONSENT;
    if (mode[i] === MODE_MANDATORY) return CLASS_MANDATORY;
    if (request.capBudget !== null && mode[i] === MODE_DEFAULT) {
      const purpose = this.catalog.offers[i].purpose;
      for (let k = 0; k < this.caps.length; k++) if (request.capBudget[k] <= 0 && capApplies(this.caps[k], request.channel, purpose)) return STAGE_OUTBOUND_CAP;
    }
    return CLASS_PASS;
  }

  /**
   * Visits candidates in descending order of their priority bound (see BoundOrder), preparing C,
   * V, L and the bound of P × C × V × L of those that pass screening, exactly as screenCandidates
   * does. With `fillPhaseA` it keeps the PHASE_A_SIZE highest bounds (ties: lower offer index,
   * i.e. candidate order, first) and stops once no unvisited offer can enter them; otherwise it
   * stops once no unvisited offer can reach `threshold`.
   */
  private visit(threshold: number, fillPhaseA: boolean): void {
    const boundOrder = this.refs.boundOrder as BoundOrder;
    const { order, kindStart, key, maxUnit } = boundOrder;
    const { kindFactor, kindBonus, cursor, classOutcome, pauseOf, upperOf, visited, pruned } = this;
    const classOf = this.classes.classOf;
    const { validFrom, validTo, kind, lever } = this.table;
    const offerValue = this.table.value;
    const upperP = this.refs.upperP;
    const activeWeights = this.activeNow;
    const ceiling = this.weightCeiling * BOUND_SLACK;
    const now = this.nowMs;
    const topOffer = this.phaseAPosition;
    const topUpper = this.phaseAUpper;
    // Bound of each kind's next offer (−∞ once exhausted); only the visited kind's one changes.
    const kindBound = this.kindBound;
    for (let k = 0; k < cursor.length; k++) {
      const j = cursor[k];
      kindBound[k] = j < kindStart[k + 1] ? ceiling * (kindFactor[k] * key[j] + kindBonus[k] * maxUnit[j]) : -Infinity;
    }
    for (;;) {
      let next = 0;
      for (let k = 1; k < kindBound.length; k++) if (kindBound[k] > kindBound[next]) next = k;
      const bound = kindBound[next];
      if (bound === -Infinity) return;
      if (fillPhaseA ? this.phaseACount === PHASE_A_SIZE && topUpper[PHASE_A_SIZE - 1] > bound : bound < threshold) return;
      const j = cursor[next]++;
      const i = order[j];
      kindBound[next] = j + 1 < kindStart[next + 1] ? ceiling * (kindFactor[next] * key[j + 1] + kindBonus[next] * maxUnit[j + 1]) : -Infinity;
      if (classOutcome[classOf[i]] !== CLASS_PASS || now < validFrom[i] || now >= validTo[i] || pauseOf[i] !== null) continue;
      let weight = 1;
      for (let w = 0; w < activeWeights.length; w++) if (activeWeights[w].applies[i] === 1) weight *= activeWeights[w].rule.weight;
      const k = kind[i];
      const value = offerValue[i] * kindFactor[k] + kindBonus[k];
      const scale = weight * value * lever[i];
      this.tiers[i] = 0;
      this.contextWeightOf[i] = weight;
      this.valueOf[i] = value;
      this.scales[i] = scale;
      const upper = upperP[i] * scale;
      upperOf[i] = upper;
      pruned[i] = 1;
      visited[this.visitedCount++] = i;
      if (!fillPhaseA) continue;
      const count = this.phaseACount;
      if (count === PHASE_A_SIZE && !(upper > topUpper[count - 1] || (upper === topUpper[count - 1] && i < topOffer[count - 1]))) continue;
      let at = count < PHASE_A_SIZE ? this.phaseACount++ : count - 1;
      while (at > 0 && (topUpper[at - 1] < upper || (topUpper[at - 1] === upper && topOffer[at - 1] > i))) {
        topUpper[at] = topUpper[at - 1];
        topOffer[at] = topOffer[at - 1];
        at--;
      }
      topUpper[at] = upper;
      topOffer[at] = i;
    }
  }

  /**
   * sampleCandidates for a lazy screen, drawing the same offers in the same order: phase A from
   * the PHASE_A_SIZE highest bounds, then, in candidate order, the offers whose bound reaches the
   * slots-th best draw. Offers never visited have bounds below it, so they would be skipped too.
   */
  private sampleLazily(slots: number): void {
    const best = this.bestDraws;
    best.fill(-Infinity);
    const kth = slots - 1;
    this.visit(0, true);
    const topOffer = this.phaseAPosition;
    const count = this.phaseACount;
    const { live, liveRanked, pruned, upperOf } = this;
    let liveCount = 0;
    for (let k = 0; k < count; k++) {
      const i = topOffer[k];
      insertTopK(best, this.draw(i));
      pruned[i] = 0;
      live[liveCount++] = i;
    }
    this.visit(best[kth], false);
    const rest = this.drawnPositions;
    let restCount = 0;
    for (let k = 0; k < this.visitedCount; k++) {
      const i = this.visited[k];
      if (pruned[i] === 1 && upperOf[i] >= best[kth]) rest[restCount++] = i;
    }
    rest.subarray(0, restCount).sort();
    let drawnCount = 0;
    for (let k = 0; k < restCount; k++) {
      const i = rest[k];
      if (upperOf[i] < best[kth]) continue;
      insertTopK(best, this.draw(i));
      pruned[i] = 0;
      live[liveCount++] = i;
      rest[drawnCount++] = i;
    }
    this.liveCount = liveCount;
    // Drawn offers in candidate order, as choose() scans them.
    topOffer.subarray(0, count).sort();
    let a = 0;
    let b = 0;
    for (let k = 0; k < liveCount; k++) liveRanked[k] = b >= drawnCount || (a < count && topOffer[a] < rest[b]) ? topOffer[a++] : rest[b++];
  }

  /** certainWinner for a lazy screen: visits every offer whose bound reaches the winner's floor. */
  private certainWinnerLazily(winner: number): boolean {
    const floor = this.refs.lowerP[winner] * this.scales[winner];
    if (floor <= 0) return false;
    this.visit(floor, false);
    for (let k = 0; k < this.visitedCount; k++) {
      const i = this.visited[k];
      if (i !== winner && this.upperOf[i] >= floor) return false;
    }
    return true;
  }

  private explainArbitration(ranked: number, chosen: readonly number[], slots: number, control: boolean): void {
    const taken = this.taken;
    for (let r = 0; r < chosen.length; r++) taken[chosen[r]] = 1;
    const arbitrationReason = control ? 'not drawn for the random control group' : `ranked below the top ${slots}`;
    const prunedReason = control ? arbitrationReason : `could not reach the top ${slots} even at its most optimistic propensity (priority shown at the mean)`;
    for (let k = 0; k < ranked; k++) {
      const i = this.rankedOffers[k];
      if (taken[i] === 1 || this.priorities[i] < 0) continue;
      this.suppress(i, STAGE_ARBITRATION, 'arbitration:top-n', this.pruned[i] === 1 ? prunedReason : arbitrationReason, this.priorities[i]);
    }
    for (let r = 0; r < chosen.length; r++) taken[chosen[r]] = 0;
  }

  /**
   * Picks `slots` offers: by priority, or uniformly at random for the control group. Outbound caps
   * are consumed as offers are picked so one decision cannot exceed them either. Offers skipped
   * for a cap get priority −1 so the arbitration pass does not list them twice.
   *
   * By priority, only drawn offers are scanned (a pruned one cannot reach the top `slots`, see
   * sampleCandidates). Each pick is also swapped to the end of rankedOffers, so the explanation
   * lists the other offers in the same order as a scan of every offer would leave them.
   */
  private choose(ranked: number, slots: number, control: boolean, capBudget: Int32Array | null, channel: string): number[] {
    const chosen: number[] = [];
    const order = this.rankedOffers;
    const position = this.positionOf;
    const pool = this.liveRanked;
    const priorities = this.priorities;
    let poolSize = this.liveCount;
    let remaining = ranked;
    this.blockedInChoice = 0;
    while (chosen.length < slots && remaining > 0) {
      let i: number;
      if (control) i = order[Math.floor(this.random.next() * remaining)];
      else {
        if (poolSize === 0) break;
        let best = 0;
        for (let k = 1; k < poolSize; k++) if (this.ranksAbove(pool[k], priorities[pool[k]], pool[best], priorities[pool[best]])) best = k;
        i = pool[best];
        pool[best] = pool[--poolSize];
      }
      // (A lazy screen ranks no order: nothing to keep, and no control pick reads it.)
      if (!this.lazyNow) {
        const at = position[i];
        const last = order[remaining - 1];
        order[at] = last;
        position[last] = at;
        order[remaining - 1] = i;
        position[i] = remaining - 1;
      }
      remaining--;
      if (capBudget !== null && this.table.mode[i] === MODE_DEFAULT) {
        const purpose = this.catalog.offers[i].purpose;
        let blocked = -1;
        for (let k = 0; k < this.caps.length; k++) if (capBudget[k] <= 0 && capApplies(this.caps[k], channel, purpose)) blocked = k;
        if (blocked >= 0) {
          const cap = this.caps[blocked];
          this.suppress(i, STAGE_OUTBOUND_CAP, `cap:${cap.id}`, `outbound cap "${cap.name}" reached within this decision`, null);
          priorities[i] = -1;
          this.blockedInChoice++;
          continue;
        }
        for (let k = 0; k < this.caps.length; k++) if (capApplies(this.caps[k], channel, purpose)) capBudget[k]--;
      }
      chosen.push(i);
    }
    return chosen;
  }

  /**
   * Probability that the logging policy (control mixture + Thompson sampling) puts each chosen
   * offer at its rank. Thompson sampling has no closed form, so we re-draw the contenders (the
   * chosen offers and the next best by mean priority) `selectionSamples` times; offers outside
   * them are assumed never to win. A chosen offer never gets a Thompson share below half a draw.
   */
  private estimateSelectionProbabilities(ranked: number, chosen: readonly number[], slots: number): number[] {
    if (chosen.length === 0) return [];
    if (this.selectionSamples === 0) return chosen.map(() => Number.NaN);
    const uniform = 1 / ranked;
    const eps = this.controlRate;
    // A single winner whose lowest possible draw beats every rival's highest needs no simulation.
    if (chosen.length === 1 && (this.lazyNow ? this.certainWinnerLazily(chosen[0]) : this.certainWinner(chosen[0], ranked))) return [1 - eps + eps * uniform];
    const refs = this.refs;
    const contenders = [...chosen];
    const extra = Math.min(ranked, slots + EXTRA_CONTENDERS) - contenders.length;
    if (extra > 0) this.addContenders(contenders, chosen, extra);
    // The contenders' parameters in small arrays: the loop below runs m × contenders² times.
    const n = contenders.length;
    const { contenderAlpha, contenderBeta, contenderMean, contenderSd, contenderScale, contenderTier } = this;
    let oneTier = true;
    for (let c = 0; c < n; c++) {
      const i = contenders[c];
      contenderAlpha[c] = refs.alpha[i];
      contenderBeta[c] = refs.beta[i];
      contenderMean[c] = refs.mean[i];
      contenderSd[c] = refs.sd[i];
      contenderScale[c] = this.scales[i];
      contenderTier[c] = this.tiers[i];
      if (contenderTier[c] !== contenderTier[0]) oneTier = false;
    }
    const m = this.selectionSamples;
    const hits = this.selectionHits;
    const drawn = this.selectionDraws;
    const sampler = this.sampler;
    hits.fill(0);
    for (let s = 0; s < m; s++) {
      // As draw(): the cached normal approximation where it applies (same arithmetic as sample()).
      for (let c = 0; c < n; c++) {
        const sd = contenderSd[c];
        drawn[c] = (sd >= 0 ? sampler.sampleNormal(contenderMean[c], sd) : sampler.sample(contenderAlpha[c], contenderBeta[c])) * contenderScale[c];
      }
      // Rank of chosen[r] in this draw = number of contenders ranked above it (see ranksAbove).
      for (let r = 0; r < chosen.length; r++) {
        const priority = drawn[r];
        let above = 0;
        if (oneTier) {
          for (let c = 0; c < n; c++) if (drawn[c] > priority) above++;
        } else {
          const tier = contenderTier[r];
          for (let c = 0; c < n; c++) if (contenderTier[c] !== tier ? contenderTier[c] > tier : drawn[c] > priority) above++;
        }
        if (above === r) hits[r]++;
      }
    }
    const probabilities = new Array<number>(chosen.length);
    for (let r = 0; r < chosen.length; r++) probabilities[r] = m > 0 ? ((1 - eps) * Math.max(hits[r], 0.5)) / m + eps * uniform : Number.NaN;
    return probabilities;
  }

  /**
   * Appends to `contenders` the `extra` drawn offers ranked best by mean priority, excluding the
   * chosen ones, in rank order (ties keep candidate order): one pass keeping a small sorted list.
   */
  private addContenders(contenders: number[], chosen: readonly number[], extra: number): void {
    const refs = this.refs;
    const taken = this.taken;
    const topOffer = this.contenderPick;
    const topScore = this.contenderPickScore;
    for (const i of chosen) taken[i] = 1;
    let count = 0;
    for (let k = 0; k < this.liveCount; k++) {
      const i = this.live[k];
      if (taken[i] === 1 || this.priorities[i] < 0) continue;
      const score = refs.mean[i] * this.scales[i];
      if (count === extra && !this.ranksAbove(i, score, topOffer[count - 1], topScore[count - 1])) continue;
      let at = count < extra ? count++ : extra - 1;
      while (at > 0 && this.ranksAbove(i, score, topOffer[at - 1], topScore[at - 1])) {
        topOffer[at] = topOffer[at - 1];
        topScore[at] = topScore[at - 1];
        at--;
      }
      topOffer[at] = i;
      topScore[at] = score;
    }
    for (const i of chosen) taken[i] = 0;
    for (let k = 0; k < count; k++) contenders.push(topOffer[k]);
  }

  /**
   * Draws P for the candidates that can still make the top `slots`, exactly as drawing for all:
   * first for the PHASE_A_SIZE candidates with the highest possible priority (upper bound of
   * the draw × C × V × L, found while screening), which sets T, the slots-th best draw so far;
   * then, in rank order, for every other candidate whose upper bound reaches T, since no draw of
   * the others could enter the top (T only rises as more are drawn). The others stay marked
   * `pruned` (see priceUndrawn). With rank-first tiers or outbound caps in play (caps can skip
   * chosen offers) every candidate is drawn.
   */
  private sampleCandidates(ranked: number, slots: number, tierOneCount: number, noPruning: boolean): void {
    const order = this.rankedOffers;
    const pruned = this.pruned;
    const live = this.live;
    const liveRanked = this.liveRanked;
    let liveCount = 0;
    if (noPruning || tierOneCount > 0 || slots <= 0 || slots > TOP_K || ranked <= PHASE_A_SIZE) {
      for (let r = 0; r < ranked; r++) {
        const i = order[r];
        this.draw(i);
        pruned[i] = 0;
        live[liveCount] = i;
        liveRanked[liveCount++] = i;
      }
      this.liveCount = liveCount;
      return;
    }
    const topPosition = this.phaseAPosition;
    const count = this.phaseACount;
    const best = this.bestDraws;
    best.fill(-Infinity);
    const kth = slots - 1;
    for (let k = 0; k < count; k++) {
      const i = order[topPosition[k]];
      insertTopK(best, this.draw(i));
      pruned[i] = 0;
      live[liveCount++] = i;
    }
    // Phase B: the rest, skipped when they cannot beat the current slots-th best draw.
    const rankUpper = this.rankUpper;
    const drawn = this.drawnPositions;
    let drawnCount = 0;
    for (let r = 0; r < ranked; r++) {
      if (rankUpper[r] < best[kth]) continue;
      const i = order[r];
      if (pruned[i] === 0) continue;
      insertTopK(best, this.draw(i));
      pruned[i] = 0;
      live[liveCount++] = i;
      drawn[drawnCount++] = r;
    }
    this.liveCount = liveCount;
    // Every drawn offer in rank order: phase A's positions sorted, merged with phase B's.
    topPosition.subarray(0, count).sort();
    let a = 0;
    let b = 0;
    for (let k = 0; k < liveCount; k++) {
      liveRanked[k] = order[b >= drawnCount || (a < count && topPosition[a] < drawn[b]) ? topPosition[a++] : drawn[b++]];
    }
  }

  /**
   * Gives the offers pruning left undrawn their mean as P, for the explanation (priority shown at
   * the mean) and for a control-group pick.
   */
  private priceUndrawn(ranked: number): void {
    const means = this.refs.mean;
    for (let r = 0; r < ranked; r++) {
      const i = this.rankedOffers[r];
      if (this.pruned[i] !== 1) continue;
      this.sampled[i] = means[i];
      this.priorities[i] = means[i] * this.scales[i];
    }
  }

  private draw(i: number): number {
    const refs = this.refs;
    const sd = refs.sd[i];
    // Mean and sd cached per posterior: the normal draw skips a division and a square root.
    const draw = sd >= 0 ? this.sampler.sampleNormal(refs.mean[i], sd) : this.sampler.sample(refs.alpha[i], refs.beta[i]);
    this.sampled[i] = draw;
    return (this.priorities[i] = draw * this.scales[i]);
  }

  /**
   * Whether choose() could skip a pick for a cap reached within the decision: only when a cap on
   * this channel has some budget left but less than `slots` (an exhausted cap already dropped its
   * offers while screening). Otherwise caps cannot change the top `slots` and pruning stays exact.
   */
  private capCanBlock(capBudget: Int32Array, channel: string, slots: number): boolean {
    for (let k = 0; k < this.caps.length; k++) {
      const cap = this.caps[k];
      if ((cap.channel === 'any' || cap.channel === channel) && capBudget[k] > 0 && capBudget[k] < slots) return true;
    }
    return false;
  }

  /**
   * Whether the single winner's lowest possible draw beats every rival's highest possible one,
   * so Thompson sampling would pick it every time.
   */
  private certainWinner(winner: number, ranked: number): boolean {
    const refs = this.refs;
    const floor = refs.lowerP[winner] * this.scales[winner];
    const tier = this.tiers[winner];
    if (floor <= 0) return false;
    for (let k = 0; k < ranked; k++) {
      const i = this.rankedOffers[k];
      if (i === winner || this.tiers[i] < tier) continue;
      if (this.tiers[i] > tier || refs.upperP[i] * this.scales[i] >= floor) return false;
    }
    return true;
  }

  /**
   * Marks the offers a covering pause suppresses (first policy wins), by offer index, so the
   * candidate loop does one array read per offer instead of a map lookup per policy. Returns how
   * many offers were marked; their indexes are in pausedOffers.
   */
  private markPausedOffers(
    shared: ReadonlyArray<Map<string, ActivePause> | null | undefined>,
    outcomes: readonly ResolvedOutcome[],
    channel: string,
    now: number,
    explain: boolean,
  ): number {
    let marked = 0;
    for (let p = 0; p < this.policies.length; p++) {
      const policy = this.policies[p];
      // Pauses of policies counting every channel were found once per customer (customerInputs).
      const known = shared[p];
      const active = known === undefined ? findActivePauses(policy, outcomes, channel, now) : known;
      if (active === null) continue;
      const applies = this.policyApplies[p];
      for (const [unit, pause] of active) {
        // Described once per pause, not per offer it covers (toISOString is slow).
        const ruleId = explain ? `policy:${policy.id}` : '';
        const reason = explain ? describePause(pause) : '';
        const indexes =
          policy.countBy === 'customer'
            ? this.allOfferIndexes
            : policy.countBy === 'offer'
              ? this.offerIndexesById.get(unit)
              : (policy.countBy === 'group' ? this.offerIndexesByGroup : this.offerIndexesByIssue).get(unit);
        if (!indexes) continue;
        for (const i of indexes) {
          if (applies[i] === 0 || this.pauseOf[i] !== null) continue;
          this.pauseOf[i] = pause;
          this.pauseRuleId[i] = ruleId;
          this.pauseReason[i] = reason;
          this.pausedOffers[marked++] = i;
        }
      }
    }
    return marked;
  }

  /** Records a dropped candidate (always counted; described only when explaining). */
  private suppress(i: number, stage: number, ruleId: string, reason: string, priority: number | null): void {
    this.stageCounts[stage]++;
    if (this.explainNow) {
      const offer = this.catalog.offers[i];
      this.suppressedNow.push({ offerId: offer.id, code: offer.code, stage: SUPPRESSION_STAGES[stage], ruleId, reason, priority });
    }
  }

  /** Ordering of arbitration: the rank-first tier, then priority. */
  private ranksAbove(a: number, priorityA: number, b: number, priorityB: number): boolean {
    const tierA = this.tiers[a];
    const tierB = this.tiers[b];
    return tierA !== tierB ? tierA > tierB : priorityA > priorityB;
  }

  private mandatoryRecommendation(offer: CompiledOffer, channel: string, rank: number, refs: ModelRefs): Recommendation {
    const pooled = refs.pooled[offer.index];
    const mean = (this.store.priorStrength * this.store.priorMean + pooled.positives) / (this.store.priorStrength + pooled.positives + pooled.negatives);
    return {
      ...this.describeOffer(offer, channel, rank), // rare (mandatory offers): clarity over speed
      priority: 0,
      propensity: mean,
      propensityMean: mean,
      contextWeight: 1,
      value: offer.value,
      lever: offer.lever,
      selectionProbability: 1,
      modelKey: refs.pooledKeys[offer.index],
      evidence: pooled.positives + pooled.negatives,
      control: false,
      reasons: ['mandatory offer: bypasses arbitration and outbound caps; engagement, consent and repeat-suppression rules passed'],
    };
  }

  private rankedRecommendation(
    offer: CompiledOffer,
    channel: string,
    rank: number,
    refs: ModelRefs,
    selectionProbability: number,
    control: boolean,
    weights: readonly ContextWeightRule[],
    hasClv: boolean,
  ): Recommendation {
    const i = offer.index;
    const model = refs.leaf[i];
    const evidence = model.positives + model.negatives;
    const p = this.sampled[i];
    const cw = this.contextWeightOf[i];
    const v = this.valueOf[i];
    const matchedWeights = weights.filter((w) => matchesSelector(w.appliesTo, offer)).map((w) => `${w.id} ×${w.weight}`);
    return {
      offerId: offer.id,
      code: offer.code,
      name: offer.name,
      kind: offer.kind,
      issue: offer.issue,
      groupName: offer.groupName,
      mode: offer.mode,
      channel,
      treatment: offer.treatments[channel],
      rank,
      priority: this.priorities[i],
      propensity: p,
      propensityMean: refs.mean[i],
      contextWeight: cw,
      value: v,
      lever: offer.lever,
      selectionProbability,
      modelKey: refs.leafKeys[i],
      evidence,
      control,
      // Factors are numeric fields above; the reasons name where each came from without
      // re-printing the numbers (float formatting costs microseconds per number).
      reasons: [
        control
          ? 'drawn at random for the control group (measures lift)'
          : this.tiers[i] === 1
            ? 'ranked first by a rank-first context rule, then by priority P × C × V × L'
            : 'highest priority P × C × V × L among the offers that passed every policy',
        `P: Thompson draw from the offer × channel${refs.bySegment ? ' × segment' : ''} model (evidence ${evidence})`,
        matchedWeights.length > 0 ? `C: ${matchedWeights.join(', ')}` : 'C: no context weight applies',
        hasClv && this.valueConfig.clvWeight !== 0 ? `V: margin adjusted by CLV for a ${offer.kind} action` : 'V: margin (no CLV adjustment)',
        'L: business lever from the catalog',
        'passed eligibility, applicability, suitability, consent and contact policies',
      ],
    };
  }

  private describeOffer(offer: CompiledOffer, channel: string, rank: number): Pick<Recommendation, 'offerId' | 'code' | 'name' | 'kind' | 'issue' | 'groupName' | 'mode' | 'channel' | 'treatment' | 'rank'> {
    return {
      offerId: offer.id,
      code: offer.code,
      name: offer.name,
      kind: offer.kind,
      issue: offer.issue,
      groupName: offer.groupName,
      mode: offer.mode,
      channel,
      treatment: offer.treatments[channel],
      rank,
    };
  }

  /**
   * Model states per offer index for a channel and segment, resolved once and cached: the store
   * mutates states in place, so the references stay current as outcomes arrive.
   */
  private modelRefsFor(channel: string, segment: string | null): ModelRefs {
    const useSegment = this.store.useSegments && segment !== null;
    const cacheKey = useSegment ? `${channel}\u0000${segment}` : channel;
    let refs = this.modelRefs.get(cacheKey);
    if (!refs) {
      const offers = this.catalog.offers;
      const states = (keys: string[]): PropensityModelState[] => keys.map((key) => this.store.modelFor(key));
      const pooledKeys = offers.map((o) => propensityModelKey(o.id, channel));
      const leafKeys = useSegment ? offers.map((o) => propensityModelKey(o.id, channel, segment)) : pooledKeys;
      refs = {
        offer: states(offers.map((o) => propensityModelKey(o.id, ALL_CHANNELS))),
        offerSegment: useSegment ? states(offers.map((o) => propensityModelKey(o.id, ALL_CHANNELS, segment))) : null,
        leaf: states(leafKeys),
        leafKeys,
        pooled: states(pooledKeys),
        pooledKeys,
        bySegment: useSegment,
        alpha: new Float64Array(offers.length),
        beta: new Float64Array(offers.length),
        mean: new Float64Array(offers.length),
        lowerP: new Float64Array(offers.length),
        upperP: new Float64Array(offers.length),
        sd: new Float64Array(offers.length),
        revision: -1,
        boundOrder: null,
      };
      this.modelRefs.set(cacheKey, refs);
    }
    return refs;
  }

  /**
   * Posteriors along the backoff tree (see PropensityStore.posterior), recomputed only when the
   * store changed since this channel and segment last used them: the batch worker and a busy
   * gateway between outcomes decide many times against the same models.
   */
  private refreshPosteriors(refs: ModelRefs): void {
    const store = this.store;
    if (refs.revision === store.revision) return;
    const priorA = store.priorStrength * store.priorMean;
    const priorB = store.priorStrength * (1 - store.priorMean);
    const backoff = store.backoffStrength;
    for (let i = 0; i < refs.leaf.length; i++) {
      // Same arithmetic as PropensityStore.posterior, inlined.
      const root = refs.offer[i];
      let parentN = priorA + priorB + root.positives + root.negatives;
      let parentMean = (priorA + root.positives) / parentN;
      if (refs.offerSegment) {
        const mid = refs.offerSegment[i];
        const borrowed = Math.min(backoff, parentN);
        parentN = borrowed + mid.positives + mid.negatives;
        parentMean = (borrowed * parentMean + mid.positives) / parentN;
      }
      const leaf = refs.leaf[i];
      const borrowed = Math.min(backoff, parentN);
      const alpha = borrowed * parentMean + leaf.positives;
      const beta = borrowed * (1 - parentMean) + leaf.negatives;
      const n = alpha + beta;
      const mean = alpha / n;
      refs.alpha[i] = alpha;
      refs.beta[i] = beta;
      refs.mean[i] = mean;
      if (n >= NORMAL_EVIDENCE) {
        // The sampler's own arithmetic (ThompsonSampler.sample), so cached draws are identical.
        const sd = Math.sqrt((mean * (1 - mean)) / (n + 1));
        const spread = MAX_Z * sd;
        refs.sd[i] = sd;
        refs.lowerP[i] = mean - spread;
        refs.upperP[i] = mean + spread;
      } else {
        refs.sd[i] = -1;
        refs.lowerP[i] = 0;
        refs.upperP[i] = 1;
      }
    }
    refs.revision = store.revision;
  }

  /**
   * A random per-engine prefix and a counter: unique within a process and cheap (number
   * formatting is slow); callers that need UUIDs pass their own `decisionId`.
   */
  private newId(): string {
    if (this.idPrefix === '') this.idPrefix = `d${Math.floor(this.random.next() * 2 ** 52).toString(36)}-`;
    return this.idPrefix + (++this.idCounter).toString(36);
  }
}

function failOn(errors: ReadonlyArray<{ field: string; message: string }>, what: string): void {
  if (errors.length > 0) throw new RapportError('BAD_USER_INPUT', `${what}: ${errors[0].field}: ${errors[0].message}`, errors[0].field);
}

/** Builds an engine; see DecisionEngineConfig. */
export function createDecisionEngine(config: DecisionEngineConfig): DecisionEngine {
  return new DecisionEngine(config);
}
