/**
 * The strictness of the in-memory ET object model: WPS answers a misspelt member with
 * undefined and carries on, so every fake object is wrapped in a Proxy that throws on any
 * member its class does not declare, read or written. Methods and accessors run on the
 * Proxy, so the object the workbook keeps and the one a script holds are the same.
 */

/** Names a test runner or `await` asks of any object; they are not script members. */
const INSPECTED = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "inspect"]);

export class UnknownMemberError extends Error {}

export function strict<T extends object>(target: T, kind: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || INSPECTED.has(prop)) return Reflect.get(t, prop, receiver);
      if (!(prop in t))
        throw new UnknownMemberError(
          `ET 对象 ${kind} 没有成员“${prop}”（WPS 会静默返回 undefined）`
        );
      const v = Reflect.get(t, prop, receiver) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(receiver) : v;
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || !(prop in t))
        throw new UnknownMemberError(`ET 对象 ${kind} 没有可写的成员“${String(prop)}”`);
      const desc = findDescriptor(t, prop);
      if (desc && desc.get && !desc.set)
        throw new UnknownMemberError(`ET 对象 ${kind} 的成员“${prop}”是只读的`);
      return Reflect.set(t, prop, value, receiver);
    },
    has(t, prop) {
      return prop in t;
    },
  });
}

function findDescriptor(o: object, prop: string): PropertyDescriptor | undefined {
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d;
  }
  return undefined;
}
