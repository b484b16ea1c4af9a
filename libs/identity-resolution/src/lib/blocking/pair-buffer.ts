/** A growable list of record pairs in typed arrays (doubling, like a vector). */
export class PairBuffer {
  a: Uint32Array;
  b: Uint32Array;
  rule: Uint8Array;
  count = 0;

  constructor(capacity: number) {
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
    this.rule = new Uint8Array(capacity);
  }

  push(a: number, b: number, rule: number): void {
    if (this.count === this.a.length) this.grow();
    this.a[this.count] = a;
    this.b[this.count] = b;
    this.rule[this.count] = rule;
    this.count++;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Uint32Array(size);
    const b = new Uint32Array(size);
    const rule = new Uint8Array(size);
    a.set(this.a);
    b.set(this.b);
    rule.set(this.rule);
    this.a = a;
    this.b = b;
    this.rule = rule;
  }
}
