import type { z } from 'zod';
import type { contactFields, involvementFields, profileFields } from '../../../../shared/contract/people';
import type { ProfessionalRole } from '../../../../shared/rules/involvement';

export type ContactFields = z.input<typeof contactFields>;
export type InvolvementFields = z.input<typeof involvementFields>;
export type ProfileFields = z.input<typeof profileFields>;

/** Text as the controls hold it ('' when empty) and back: main stores an empty field as null. */
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const orEmpty = (text: string | null | undefined) => text ?? '';

/** The parent or carer form as its controls hold it; yes/no questions are '' until answered. */
export interface ContactForm {
  name: string;
  relationship: string;
  parentalResponsibility: '' | 'yes' | 'no';
  mobilePhone: string;
  homePhone: string;
  workPhone: string;
  email: string;
  address: string;
  livesWithPupil: '' | 'yes' | 'no';
  priority: string;
  notes: string;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function contactForm(current: ContactFields | null): ContactForm {
  if (!current) {
    return { name: '', relationship: '', parentalResponsibility: '', mobilePhone: '', homePhone: '', workPhone: '', email: '', address: '', livesWithPupil: '', priority: '1', notes: '' };
  }
  return {
    name: current.name, relationship: current.relationship, parentalResponsibility: yesNo(current.parentalResponsibility),
    mobilePhone: orEmpty(current.mobilePhone), homePhone: orEmpty(current.homePhone), workPhone: orEmpty(current.workPhone),
    email: orEmpty(current.email), address: orEmpty(current.address), livesWithPupil: yesNo(current.livesWithPupil),
    priority: String(current.priority), notes: orEmpty(current.notes),
  };
}

export function toContact(f: ContactForm): ContactFields {
  return {
    name: f.name.trim(), relationship: f.relationship.trim(), parentalResponsibility: f.parentalResponsibility === 'yes',
    mobilePhone: orNull(f.mobilePhone), homePhone: orNull(f.homePhone), workPhone: orNull(f.workPhone), email: orNull(f.email),
    address: orNull(f.address), livesWithPupil: f.livesWithPupil === 'yes', priority: Number(f.priority), notes: orNull(f.notes),
  };
}

export interface InvolvementForm {
  role: ProfessionalRole | '';
  roleDescription: string;
  name: string;
  service: string;
  phone: string;
  email: string;
  startDate: string;
  endDate: string;
  notes: string;
}

export function involvementForm(current: InvolvementFields | null, today: string): InvolvementForm {
  if (!current) return { role: '', roleDescription: '', name: '', service: '', phone: '', email: '', startDate: today, endDate: '', notes: '' };
  return {
    role: current.role, roleDescription: orEmpty(current.roleDescription), name: current.name, service: orEmpty(current.service),
    phone: orEmpty(current.phone), email: orEmpty(current.email), startDate: current.startDate, endDate: orEmpty(current.endDate),
    notes: orEmpty(current.notes),
  };
}

export function toInvolvement(f: InvolvementForm & { role: ProfessionalRole }): InvolvementFields {
  return {
    role: f.role, roleDescription: f.role === 'other' ? orNull(f.roleDescription) : null, name: f.name.trim(),
    service: orNull(f.service), phone: orNull(f.phone), email: orNull(f.email), startDate: f.startDate,
    endDate: f.endDate === '' ? null : f.endDate, notes: orNull(f.notes),
  };
}
