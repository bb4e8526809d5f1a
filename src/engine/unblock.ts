import { gateReasons } from './gates.js';
import type { Unblock } from './money-schema.js';
import { choosePick } from './pick.js';
import { TRIGGER_MODELS } from './triggers.js';
import type { WorkloadOutcome } from './workload.js';

// When the requirements leave no model for a workload: which single requirement, dropped, would give an
// answer (the engine's own gates and pick rule, run again without it), and which unknown facts keep the
// leading models out, with how to verify one.

/** How to verify an unknown fact: the same three ways whatever the fact (unknownFacts names which). */
export const VERIFY_STEPS = [
  'Correct the fact in an overlay once a source confirms it: {"governance": [{"model": "MODEL", "requirement": "REQUIREMENT", "value": "yes", "source": "SOURCE", "date": "YYYY-MM-DD", "quote": "…"}]}, then pass it with --data FILE',
  'Start an overlay file with the right shape: model-advisor data init',
  'Import published facts: model-advisor data import models-dev',
];

export function unblockWorkload(
  o: Pick<WorkloadOutcome, 'entries'>,
  requirements: readonly string[],
  benchmarkName: (id: string) => string,
): Unblock {
  const drop = requirements.map((requirement) => {
    const rest = requirements.filter((r) => r !== requirement);
    // Entries are in ranking order and none is eligible, so the ones that pass without `requirement` keep that order.
    const eligible = o.entries
      .map((e) => {
        const gates = gateReasons(
          e.model,
          rest,
          e.gates.some((g) => g.code === 'excluded'),
        );
        return { ...e, gates, eligible: gates.length === 0 };
      })
      .filter((e) => e.eligible);
    // The pick rule's own field: only assessed models compete (workload.ts), the others count as unassessed rivals.
    const assessed = eligible.filter((e) => e.score.assessed);
    const chosen = choosePick(assessed, eligible.length - assessed.length, benchmarkName);
    return {
      requirement,
      becomes: chosen ? { model: chosen.pick.model, name: chosen.pick.name, status: chosen.pick.status } : null,
    };
  });
  const unknownFacts = o.entries
    .filter((e) => !e.gates.some((g) => g.code === 'excluded' || g.code === 'fails-requirement'))
    .map((e) => ({
      model: e.model.id,
      name: e.model.name,
      requirements: e.gates.flatMap((g) => (g.code === 'unverified-requirement' && g.requirement ? [g.requirement] : [])),
    }))
    .filter((u) => u.requirements.length > 0)
    .slice(0, TRIGGER_MODELS);
  return { drop, unknownFacts, verify: [...VERIFY_STEPS] };
}
