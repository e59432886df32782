/**
 * Dates in a dataset are calendar days written YYYY-MM-DD. The pattern checks the shape
 * and the day of the month (leap years included), so the JSON Schema can say it too;
 * `calendarDateProblem` says in words why a string is not one.
 */
const LEAP_FEB_29 =
  '(?:\\d\\d(?:[2468][048]|[13579][26]|0[48])|(?:[02468][048]|[13579][26])00)-02-29';
const ORDINARY_DAY =
  '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';

export const CALENDAR_DATE = new RegExp(`^(?:${LEAP_FEB_29}|${ORDINARY_DAY})$`);

/** The zod message for a failed date; describeIssue replaces it with the precise reason. */
export const CALENDAR_DATE_MESSAGE = 'dates are calendar days, YYYY-MM-DD';

/** English month names, for messages here and for dates shown in the UI. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `value` is not a calendar date, or null when it is one. */
export function calendarDateProblem(value: string): string | null {
  if (CALENDAR_DATE.test(value)) return null;
  const shape = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!shape) return 'dates are written YYYY-MM-DD';
  const [year, month, day] = shape.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${shape[2]}`;
  return `${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days, not ${day}`;
}
