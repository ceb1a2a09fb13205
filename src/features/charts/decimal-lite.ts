/**
 * What recharts asks of decimal.js-light, on plain numbers. recharts uses it
 * only to place "nice" axis ticks (getNiceTickValues and its helpers), to keep
 * steps such as 0.1 + 0.2 from printing as 0.30000000000000004. Sums and
 * products are rounded to the decimal places their operands have, quotients to
 * 15 significant digits: the same ticks, in 0.4 KiB instead of 4.6 KiB gzip.
 * tests/unit/decimal-lite.test.ts compares its ticks with the real library's.
 */
type Value = number | DecimalLite;

const num = (v: Value) => (typeof v === 'number' ? v : v.value);

/** Digits after the point in the shortest form of `n`: 0.25 → 2, 1e-7 → 7. */
function places(n: number): number {
  const [mantissa = '', exponent = '0'] = String(n).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

/** `n` to `digits` places, the noise of binary arithmetic (0.1 + 0.2) rounded away. */
function exact(n: number, digits: number): number {
  return Number.isFinite(n) && digits <= 100 ? Number(n.toFixed(digits)) : n;
}

/** A quotient or logarithm to 15 significant digits, where binary noise starts. */
const quotient = (n: number) => (Number.isFinite(n) && n !== 0 ? Number(n.toPrecision(15)) : n);

export default class DecimalLite {
  readonly value: number;

  constructor(value: Value) {
    this.value = num(value);
  }

  add(other: Value) {
    const b = num(other);
    return new DecimalLite(exact(this.value + b, Math.max(places(this.value), places(b))));
  }

  sub(other: Value) {
    const b = num(other);
    return new DecimalLite(exact(this.value - b, Math.max(places(this.value), places(b))));
  }

  mul(other: Value) {
    const b = num(other);
    return new DecimalLite(exact(this.value * b, places(this.value) + places(b)));
  }

  div(other: Value) {
    return new DecimalLite(quotient(this.value / num(other)));
  }

  mod(other: Value) {
    // Through the quotient, so 1.05 mod 0.025 is 0 as in decimal arithmetic, not 0.0249…
    const divisor = num(other);
    return this.sub(new DecimalLite(divisor).mul(Math.trunc(quotient(this.value / divisor))));
  }

  pow(exponent: Value) {
    const e = num(exponent);
    // 10 ** -3 is 0.0010000000000000002 in binary; decimal says 0.001.
    return new DecimalLite(
      Number.isInteger(e) && e < 0 ? quotient(1 / this.value ** -e) : this.value ** e,
    );
  }

  abs() {
    return new DecimalLite(Math.abs(this.value));
  }

  log(base: Value = 10) {
    const b = num(base);
    const log = b === 10 ? Math.log10(this.value) : Math.log(this.value) / Math.log(b);
    return new DecimalLite(quotient(log));
  }

  floor() {
    return new DecimalLite(Math.floor(this.value));
  }

  ceil() {
    return new DecimalLite(Math.ceil(this.value));
  }

  lt(other: Value) {
    return this.value < num(other);
  }

  lte(other: Value) {
    return this.value <= num(other);
  }

  gt(other: Value) {
    return this.value > num(other);
  }

  gte(other: Value) {
    return this.value >= num(other);
  }

  eq(other: Value) {
    return this.value === num(other);
  }

  isint() {
    return Number.isInteger(this.value);
  }

  toNumber() {
    return this.value;
  }

  toString() {
    return String(this.value);
  }

  valueOf() {
    return this.value;
  }
}
