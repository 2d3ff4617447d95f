/**
 * Each person at the highest identity (the claim's 就高身份): the identity with the highest
 * subsidy for the person's tier, the first on a tie; the household list's plain residents
 * rank below every identity. The goal groups are those of any of the person's identities.
 */
import { highestIdentity } from "../claim/build";
import type { CategoryModel, PolicyModel, Supplied } from "../policy/model";
import type { Group } from "../policy/schema";
import { Resolver } from "../claim/resolver";
import type { Person } from "./lists";
import type { MatchPerson } from "./result";

/** The people settled, with the list rows counted paid and unpaid. */
export interface Settled {
  people: MatchPerson[];
  matchedRows: number;
  unpaidRows: number;
}

export function settleIdentities(
  persons: Map<string, Person>,
  policy: PolicyModel,
  supplied: Supplied | undefined
): Settled {
  // The claim's resolver: a tier the category cannot take, or a value the notice leaves open,
  // gives no subsidy known (0).
  const resolver = new Resolver(policy, supplied);
  const subsidyOf = (c: CategoryModel | null, tierText: string): number => {
    if (c === null) return -1;
    const tier = policy.tryTier(tierText) ?? policy.policy.tiers[0];
    const a = resolver.amounts(c, tier, policy.collectionEnd);
    return a.ok ? a.subsidy : 0;
  };
  let matchedRows = 0;
  let unpaidRows = 0;
  const people: MatchPerson[] = [];
  for (const p of persons.values()) {
    const tier = p.payment?.tier || p.rosterTier;
    const list = p.cats;
    const top =
      list.length === 1 ? list[0] : list[highestIdentity(list, (c) => subsidyOf(c, tier))];
    p.category = top ? top.name : "";
    const groups = new Set<Group>();
    for (const c of list) {
      if (c === null) continue;
      for (const g of c.groups) groups.add(g);
      if (c !== top && !p.otherIdentities.includes(c.name)) p.otherIdentities.push(c.name);
    }
    p.groups = [...groups];
    if (p.status === "paid") matchedRows += p.rows;
    else unpaidRows += p.rows;
    people.push(p);
  }
  return { people, matchedRows, unpaidRows };
}
