import type { NegativeSpec } from './catalog-types.js';
import * as make from './values/negatives.js';

/** Hard negatives: look-alikes that carry no gold entity. The tag becomes "hard-negative:<tag>". */
export const negativeSpecs: readonly NegativeSpec[] = [
  { tag: 'luhn-fail', weight: 4, generate: make.luhnFailingCard, phrases: ['test card {v} should be declined', 'the number {v} was rejected at checkout', 'card {v} (fails validation)'], fields: ['card_number', 'test_card', 'cc_number'] },
  { tag: 'iban-bad-checksum', weight: 3, generate: make.badChecksumIban, phrases: ['the bank rejected {v} as invalid', 'IBAN {v} fails validation, please recheck'], fields: ['iban', 'rejected_iban'] },
  { tag: 'ssn-invalid', weight: 3, generate: make.invalidSsn, phrases: ['SSN field contained {v}, which is not a valid number', 'sample value {v} from the test fixture', 'placeholder SSN {v}'], fields: ['ssn', 'sample_ssn'] },
  { tag: 'git-sha', weight: 4, generate: make.gitSha, phrases: ['fixed in commit {v}', 'reverted {v}', 'cherry-pick {v} onto the release branch', 'built from {v}'], fields: ['commit', 'sha', 'revision', 'git_sha'] },
  { tag: 'uuid', weight: 4, generate: make.uuid, phrases: ['request id {v}', 'trace {v} shows the timeout', 'the job {v} is stuck'], fields: ['request_id', 'trace_id', 'uuid', 'job_id'] },
  { tag: 'isbn', weight: 2, generate: make.isbn, phrases: ['ISBN {v}', 'the book (ISBN {v}) is out of stock', 'please reorder {v}'], fields: ['isbn', 'isbn13'] },
  { tag: 'version', weight: 4, generate: make.versionString, phrases: ['upgraded to {v}', 'running build {v}', 'works on {v} but not on the previous release', 'OS version {v}'], fields: ['version', 'app_version', 'os_build'] },
  { tag: 'price', weight: 3, generate: make.price, phrases: ['the total came to {v}', 'you were charged {v}', 'refund of {v} issued', 'price: {v}'], fields: ['amount', 'total', 'price'] },
  { tag: 'tracking-number', weight: 3, generate: make.trackingNumber, phrases: ['tracking number {v}', 'the parcel {v} shows as delivered', 'shipped with tracking {v}'], fields: ['tracking_number', 'trackingId'] },
  { tag: 'order-number', weight: 3, generate: make.orderNumber, phrases: ['order {v}', 'my order number is {v}', 'about order {v}'], fields: ['order_id', 'orderNumber', 'po_number'] },
  { tag: 'timestamp', weight: 4, generate: make.timestamp, phrases: ['it failed at {v}', 'last seen {v}', 'since {v}'], fields: ['ts', 'created_at', 'updated_at', 'timestamp'] },
  { tag: 'date', weight: 3, generate: make.calendarDate, phrases: ['due on {v}', 'the appointment on {v} was moved', 'signed {v}'], fields: ['date', 'due_date', 'start_date'] },
  { tag: 'hash', weight: 3, generate: make.digestHash, phrases: ['checksum {v}', 'the file hash is {v}', 'expected digest {v}'], fields: ['checksum', 'sha256', 'etag', 'digest'] },
  { tag: 'placeholder-secret', weight: 4, generate: make.placeholderSecret, phrases: ['set the key to {v} in your config', 'replace {v} with your own key', 'api_key: {v}', 'token = {v}'], fields: ['api_key', 'token', 'secret', 'password', 'apiKey'] },
  { tag: 'css-color', weight: 2, generate: make.cssColor, phrases: ['use {v} for the header background', 'the brand color is {v}'], fields: ['color', 'accent', 'background'] },
  { tag: 'semver-range', weight: 2, generate: make.semverRange, phrases: ['pin the dependency to {v}', 'peer dependency {v}'], fields: ['range', 'engine'] },
  { tag: 'coordinates', weight: 2, generate: make.coordinates, phrases: ['the sensor reported {v}', 'GPS fix {v}'], fields: ['coords', 'position'] },
  { tag: 'checksum-fail', weight: 4, generate: make.checksumFailingReference, phrases: ['invoice no. {v}', 'reference {v}', 'please quote {v} on the payment', 'ticket {v}', 'customer number {v}'], fields: ['invoice_no', 'reference', 'customer_no', 'ticket'] },
  { tag: 'fictional-phone', weight: 1, generate: make.fictionalPhone, phrases: ['call {v} (demo line)', 'the sample number {v}'], fields: ['demo_phone'] },
  { tag: 'capitalized-term', weight: 3, generate: make.capitalizedTerm, phrases: ['the {v} job failed again', 'restart {v} after the change', 'we moved the dashboards to {v}', '{v} is down'], fields: ['service', 'tool', 'component'] },
];
