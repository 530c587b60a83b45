/** A member's standing in the register (the register file's `status` column): the one list, for the schemas and the SQL rows. */
export const STATUSES = ['approved', 'suspended', 'expired'] as const;
export type Status = (typeof STATUSES)[number];
