import { type ValueTransformer } from 'typeorm';

/**
 * Column option fragments that mean the same thing on MySQL/MariaDB and SQLite.
 * Both drivers get identical entity metadata; the migrations carry the dialect differences.
 */

/** mysql2 returns DECIMAL as a string; better-sqlite3 as a number. Read both as numbers. */
export const decimalToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

export const idColumn = { type: 'varchar', length: 36 } as const;
export const moneyColumn = { type: 'decimal', precision: 12, scale: 2, transformer: decimalToNumber } as const;
/** Millisecond timestamps; SQLite stores them as ISO-like text, MySQL as DATETIME(3). */
export const timestampColumn = { type: 'datetime', precision: 3 } as const;
