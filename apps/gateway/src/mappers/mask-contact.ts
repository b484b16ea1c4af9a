/** `jane.doe@example.com` → `j***@example.com`: enough to recognise, not to contact. */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `+447700900123` → `+44•••••••123`: country code and last three digits stay. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 5) return '•'.repeat(digits.length);
  const head = phone.startsWith('+') ? `+${digits.slice(0, 2)}` : '';
  const headDigits = phone.startsWith('+') ? 2 : 0;
  return `${head}${'•'.repeat(digits.length - headDigits - 3)}${digits.slice(-3)}`;
}
