// Calendar dates are "YYYY-MM-DD" strings everywhere in the platform; @shian/clock owns their arithmetic.
export { addDays, addMonths, isLocalDate, yearOf } from '@shian/clock';
