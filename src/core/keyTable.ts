// A string-keyed table for the cross-row index. A validation run fills it with one key per row; a Map
// grows its hash table in steps and leaves each old one as garbage, which made the index the costliest
// part of validating a sheet (bench/core.js). Open addressing over a typed array costs a third as much.

const MIN_SLOTS = 64;

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}

export class KeyTable<V> {
  // Entry number + 1 per slot, 0 when free. Deleted keys keep their entry (value undefined) until a rebuild.
  private slots = new Int32Array(MIN_SLOTS);
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: (V | undefined)[] = [];
  private deleted = 0;

  get(key: string): V | undefined {
    const entry = this.find(key, hashOf(key));
    return entry < 0 ? undefined : this.values[entry];
  }

  set(key: string, value: V): void {
    const hash = hashOf(key);
    const entry = this.find(key, hash);
    if (entry < 0) this.append(~entry, key, hash, value);
    else if (this.values[entry] === undefined) this.revive(entry, value);
    else this.values[entry] = value;
  }

  /** The value of `key`; when it has none, stores `value` and returns undefined (one lookup for both). */
  getOrAdd(key: string, value: V): V | undefined {
    const hash = hashOf(key);
    const entry = this.find(key, hash);
    if (entry < 0) this.append(~entry, key, hash, value);
    else if (this.values[entry] === undefined) this.revive(entry, value);
    else return this.values[entry];
    return undefined;
  }

  delete(key: string): void {
    const entry = this.find(key, hashOf(key));
    if (entry >= 0 && this.values[entry] !== undefined) {
      this.values[entry] = undefined;
      this.deleted++;
    }
  }

  private revive(entry: number, value: V): void {
    this.values[entry] = value;
    this.deleted--;
  }

  private append(slot: number, key: string, hash: number, value: V): void {
    this.slots[slot] = this.keys.push(key);
    this.hashes.push(hash);
    this.values.push(value);
    if (this.keys.length * 2 > this.slots.length) this.rebuild();
  }

  /** The entry holding `key`, or the bitwise complement of the free slot where it would go. */
  private find(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return ~slot;
      if (this.hashes[entry] === hash && this.keys[entry] === key) return entry;
    }
  }

  /** Drops deleted entries, then resizes so that the entries fill at most a quarter of the slots. */
  private rebuild(): void {
    if (this.deleted > 0) this.compact();
    let size = MIN_SLOTS;
    while (size < this.keys.length * 4) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.keys.length; entry++) {
      let slot = this.hashes[entry] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }

  private compact(): void {
    const keys: string[] = [];
    const hashes: number[] = [];
    const values: V[] = [];
    for (let entry = 0; entry < this.keys.length; entry++) {
      const value = this.values[entry];
      if (value === undefined) continue;
      keys.push(this.keys[entry]);
      hashes.push(this.hashes[entry]);
      values.push(value);
    }
    this.deleted = 0;
    this.keys = keys;
    this.hashes = hashes;
    this.values = values;
  }
}
