/**
 * Matching the named exceptions of a policy, in their written order.
 *
 * Day counting: the day an event happens (birth, end of employee insurance) is day 1, as in
 * "自…之日起"; so "出生后90日内" means paid no later than birth + 89 days.
 */
import { Day, yearOf } from "../dates";
import { CategoryModel, ExceptionModel, PolicyModel } from "../policy/model";

export interface ExceptionMatch {
  exception: ExceptionModel;
  /** The event conditions were assumed because no event date was given (premium only). */
  assumedEvent: boolean;
}

export function needsEvent(e: ExceptionModel): boolean {
  return (
    e.withinDaysOfEvent !== undefined || e.eventYear !== undefined || e.effect.kind === "fromEvent"
  );
}

export function appliesTo(e: ExceptionModel, category: CategoryModel): boolean {
  const sel = e.appliesTo;
  if (sel.categories?.includes(category.name)) return true;
  return sel.groups?.some((g) => category.groupSet.has(g)) ?? false;
}

export function eventHolds(e: ExceptionModel, model: PolicyModel, paid: Day, event: Day): boolean {
  if (e.withinDaysOfEvent !== undefined && (paid < event || paid - event > e.withinDaysOfEvent - 1))
    return false;
  if (e.eventYear === "same" && yearOf(event) !== model.year) return false;
  if (e.eventYear === "previous" && yearOf(event) !== model.year - 1) return false;
  return true;
}

/**
 * The first exception that covers this person and payment. Without an event date, an
 * exception that depends on one is taken to hold only when `assumeEvent` is set.
 */
export function findException(
  model: PolicyModel,
  category: CategoryModel,
  paid: Day,
  event: Day | undefined,
  assumeEvent: boolean,
  accept: (e: ExceptionModel) => boolean = () => true
): ExceptionMatch | null {
  for (const e of model.exceptions) {
    if (!appliesTo(e, category) || !accept(e)) continue;
    if (e.from !== null && paid < e.from) continue;
    if (e.to !== null && paid > e.to) continue;
    if (needsEvent(e)) {
      if (event === undefined) {
        if (assumeEvent) return { exception: e, assumedEvent: true };
        continue;
      }
      if (!eventHolds(e, model, paid, event)) continue;
    }
    return { exception: e, assumedEvent: false };
  }
  return null;
}

/**
 * Whether an exception lets this payment in after the year's last payable day (新生儿独立参保
 * 除外). The allowance ends with the insurance year itself: a payment after 31 December buys
 * nothing in that year, whatever the exception says.
 */
export function allowsLatePayment(
  model: PolicyModel,
  category: CategoryModel,
  paid: Day,
  event?: Day
): boolean {
  if (paid > model.yearEnd) return false;
  return (
    findException(
      model,
      category,
      paid,
      event,
      event === undefined,
      (e) => e.allowsAfterLastPayableDay === true
    ) !== null
  );
}
