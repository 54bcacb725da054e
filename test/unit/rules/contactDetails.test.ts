import { describe, expect, it } from 'vitest';
import { emailProblem, phoneProblem } from '../../../shared/rules/contactDetails';

describe('phone numbers', () => {
  it.each<[string, string | null]>([
    ['07700 900123', null],
    ['07700900123', null],
    ['020 7946 0018', null],
    ['(01632) 960 001', null],
    ['01632-960-001', null],
    ['0113 496 0000', null],
    ['+44 7700 900123', null],
    ['+447700900123', null],
    ['+33 1 23 45 67 89', null],
    ['', 'Enter a phone number.'],
    ['   ', 'Enter a phone number.'],
    ['07700 9OO123', 'A phone number has only digits, spaces and a leading +.'],
    ['0770+0900123', 'A phone number has only digits, spaces and a leading +.'],
    ['ext 204', 'A phone number has only digits, spaces and a leading +.'],
    ['7700 900123', 'Start a UK number with 0, or an international one with +.'],
    ['0770 0900', 'A UK phone number has 10 or 11 digits, starting with 0.'],
    ['077009001234', 'A UK phone number has 10 or 11 digits, starting with 0.'],
    ['+44 07700 900123', 'A UK number after +44 has 9 or 10 digits, without the first 0.'],
    ['+44 7700', 'A UK number after +44 has 9 or 10 digits, without the first 0.'],
    ['+0 123 4567', 'An international number has 7 to 15 digits after the +.'],
    ['+1 23', 'An international number has 7 to 15 digits after the +.'],
  ])('%j → %j', (phone, problem) => {
    expect(phoneProblem(phone)).toBe(problem);
  });
});

describe('email addresses', () => {
  it.each<[string, string | null]>([
    ['sam.jones@example.co.uk', null],
    ['  sam@example.com  ', null],
    ["o'neill+school@mail.example.org", null],
    ['', 'Enter an email address.'],
    ['sam jones@example.com', 'An email address has no spaces.'],
    ['sam.example.com', 'An email address has one @, like name@example.co.uk.'],
    ['sam@@example.com', 'An email address has one @, like name@example.co.uk.'],
    ['@example.com', 'Enter an email address like name@example.co.uk.'],
    ['sam@example', 'Enter an email address like name@example.co.uk.'],
    ['sam@example.', 'Enter an email address like name@example.co.uk.'],
    ['sam@.com', 'Enter an email address like name@example.co.uk.'],
  ])('%j → %j', (email, problem) => {
    expect(emailProblem(email)).toBe(problem);
  });
});
