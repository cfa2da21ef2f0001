import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { uuidv7 } from 'uuidv7';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { withTenant } from '../../src/platform/db/tenant-transaction.js';
import type { Messenger, OutgoingMessage } from '../../src/platform/messaging/messenger.js';
import { messengerFromConfig, type MessagingSettings } from '../../src/platform/messaging/messenger-from-config.js';
import { enqueue } from '../../src/platform/outbox/enqueue.js';
import { processOutboxOnce, type OutboxHandler } from '../../src/platform/outbox/worker.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * The e-mail and text-message transports against real servers on this machine: an SMTP server (smtp-server, by
 * nodemailer's authors) and a node:http server in the role of the text-message gateway, driven through the outbox
 * worker as the features use them.
 */

interface LogLine { level: 'info' | 'warn'; obj: object; msg: string }

function recordingLogger() {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (obj: object, msg: string) => void lines.push({ level: 'info', obj, msg }),
    warn: (obj: object, msg: string) => void lines.push({ level: 'warn', obj, msg }),
    error: () => {},
  };
}

interface ReceivedMail { from: string; to: string[]; user: string | undefined; raw: string }

/** A local SMTP server that asks for a login, and refuses recipients while `refuse` is set. */
async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'mestring' && auth.password === 'hemmelig') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      if (state.refuse) callback(Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 451 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return { received, state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface GatewayCall { headers: IncomingHttpHeaders; body: unknown }

/** A local text-message gateway that answers with the next status of `statuses` (the last one repeats). */
async function startGateway() {
  const calls: GatewayCall[] = [];
  const state = { statuses: [202] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const status = state.statuses.length > 1 ? state.statuses.shift()! : state.statuses[0]!;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ id: calls.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { calls, state, url: `http://127.0.0.1:${port}/v1/sms`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Quoted-printable as nodemailer writes Danish text: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('messaging: SMTP and text-message gateway transports behind the outbox', () => {
  let database: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const tenantId = uuidv7();
  const FROM = 'Mestring Randers <noreply@randers.dk>';

  before(async () => {
    ({ handle: database, cleanup } = await createTestDatabase());
    await database.db.insertInto('tenant').values({ tenant_id: tenantId, slug: 'beskeder', name: 'Beskeder Kommune', settings: '{}', created_at: new Date() }).execute();
    smtp = await startSmtpServer();
    gateway = await startGateway();
  });
  after(async () => {
    await smtp.close();
    await gateway.close();
    await cleanup();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.state.refuse = false;
    gateway.calls.length = 0;
    gateway.state.statuses = [202];
  });

  const settings = (): MessagingSettings => ({
    smtp: { url: `smtp://mestring:hemmelig@127.0.0.1:${smtp.port}`, from: FROM },
    smsGateway: { url: gateway.url, token: 'gateway-token-1' },
  });

  /** Enqueues one message the way a feature does (in a tenant transaction), returning its outbox id and the time. */
  async function enqueueMessage(topic: string, message: OutgoingMessage) {
    const now = new Date();
    const messageId = await withTenant(database.db, tenantId, (trx) => enqueue({ trx, tenantId, now }, topic, { message }));
    return { messageId, now };
  }

  const handlersFor = (topic: string, messenger: Messenger) =>
    new Map<string, OutboxHandler>([[topic, (m, trx) => messenger.send((m.payload as { message: OutgoingMessage }).message, { tenantId: m.tenantId, messageId: m.messageId, trx })]]);

  const sentRows = (messageId: string) => database.db.selectFrom('sent_message').selectAll().where('message_id', '=', messageId).execute();
  const outboxRow = (messageId: string) => database.db.selectFrom('outbox').selectAll().where('message_id', '=', messageId).executeTakeFirstOrThrow();

  /** Runs the same message again as a redelivery after a crash would: the outbox row made due once more. */
  async function redeliver(messageId: string, handlers: Map<string, OutboxHandler>, at: Date) {
    await database.db.updateTable('outbox').set({ processed_at: null, available_at: at }).where('message_id', '=', messageId).execute();
    await processOutboxOnce(database.db, handlers, recordingLogger(), at);
  }

  test('an e-mail goes to the SMTP server once, logged in, with a Message-ID of its own; only the fact is stored', async () => {
    const log = recordingLogger();
    const messenger = messengerFromConfig('production', settings(), log);
    const handlers = handlersFor('test.mail', messenger);
    const userId = uuidv7();
    const { messageId, now } = await enqueueMessage('test.mail', { channel: 'email', to: 'ole@example.dk', userId, subject: 'Følgeskab lørdag', text: 'Hej Ole. Du skal følge Mikkel til håndbold lørdag kl. 14.00. Mødested: Arena Randers, indgang A.' });
    assert.equal(smtp.received.length, 0, 'nothing leaves before the worker runs');

    await processOutboxOnce(database.db, handlers, log, new Date(now.getTime() + 1000));
    assert.equal(smtp.received.length, 1);
    const mail = smtp.received[0]!;
    assert.equal(mail.user, 'mestring');
    assert.equal(mail.from, 'noreply@randers.dk');
    assert.deepEqual(mail.to, ['ole@example.dk']);
    assert.match(mail.raw, /^From: Mestring Randers <noreply@randers\.dk>\r?$/m);
    assert.match(mail.raw, /^To: ole@example\.dk\r?$/m);
    assert.match(mail.raw, new RegExp(`^Message-ID: <${messageId}@randers\\.dk>\\r?$`, 'mi'));
    assert.match(mail.raw, /^Subject: =\?UTF-8\?Q\?F=C3=B8lgeskab_l=C3=B8rdag\?=\r?$/m);
    assert.ok(decodeQuotedPrintable(mail.raw).includes('Du skal følge Mikkel til håndbold lørdag kl. 14.00.'));

    const rows = await sentRows(messageId);
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { channel: rows[0]!.channel, recipient: rows[0]!.recipient, userId: rows[0]!.user_id, subject: rows[0]!.subject, body: rows[0]!.body, transport: rows[0]!.transport },
      { channel: 'email', recipient: 'ole@example.dk', userId, subject: null, body: null, transport: 'smtp' },
    );
    assert.ok((await outboxRow(messageId)).processed_at);

    await redeliver(messageId, handlers, new Date(now.getTime() + 5000));
    assert.equal(smtp.received.length, 1, 'a second delivery of the same outbox message sends nothing');
    assert.equal((await sentRows(messageId)).length, 1);
  });

  test('an SMTP server that refuses throws: nothing is stored, the outbox retries later and then sends once', async () => {
    const messenger = messengerFromConfig('production', settings(), recordingLogger());
    const handlers = handlersFor('test.mail-retry', messenger);
    const { messageId, now } = await enqueueMessage('test.mail-retry', { channel: 'email', to: 'louise@example.dk', text: 'Påmindelse: følgeskab i morgen kl. 10.' });
    smtp.state.refuse = true;
    await processOutboxOnce(database.db, handlers, recordingLogger(), new Date(now.getTime() + 1000));
    assert.equal(smtp.received.length, 0);
    assert.equal((await sentRows(messageId)).length, 0);
    const failed = await outboxRow(messageId);
    assert.equal(failed.processed_at, null);
    assert.equal(failed.attempts, 1);
    assert.ok(failed.last_error);

    smtp.state.refuse = false;
    await processOutboxOnce(database.db, handlers, recordingLogger(), new Date(now.getTime() + 10 * 60_000));
    assert.equal(smtp.received.length, 1);
    assert.deepEqual((await sentRows(messageId)).map((r) => r.transport), ['smtp']);
    assert.ok((await outboxRow(messageId)).processed_at);
  });

  test('a text message is posted to the gateway as {to, text, reference} with the bearer token; a 503 is retried', async () => {
    const messenger = messengerFromConfig('production', settings(), recordingLogger());
    const handlers = handlersFor('test.sms', messenger);
    const text = 'Hej Mikkel. Ole kommer med dig til håndbold lørdag kl. 14.00.';
    const { messageId, now } = await enqueueMessage('test.sms', { channel: 'sms', to: '20 12 34 56', text });
    gateway.state.statuses = [503, 202];

    await processOutboxOnce(database.db, handlers, recordingLogger(), new Date(now.getTime() + 1000));
    assert.equal(gateway.calls.length, 1);
    assert.equal((await sentRows(messageId)).length, 0, 'a refused message is not recorded as sent');
    assert.equal((await outboxRow(messageId)).last_error, 'SmsGatewayError');

    await processOutboxOnce(database.db, handlers, recordingLogger(), new Date(now.getTime() + 10 * 60_000));
    assert.equal(gateway.calls.length, 2);
    const call = gateway.calls[1]!;
    assert.equal(call.headers.authorization, 'Bearer gateway-token-1');
    assert.match(call.headers['content-type'] ?? '', /^application\/json/);
    assert.deepEqual(call.body, { to: '+4520123456', text, reference: messageId });
    const rows = await sentRows(messageId);
    assert.deepEqual(rows.map((r) => [r.channel, r.recipient, r.transport, r.subject, r.body]), [['sms', '+4520123456', 'sms-gateway', null, null]]);

    await redeliver(messageId, handlers, new Date(now.getTime() + 20 * 60_000));
    assert.equal(gateway.calls.length, 2, 'the gateway is not called again for the same outbox message');
  });

  test('a phone number that cannot be texted is dropped with a log line, not retried, nothing stored', async () => {
    const log = recordingLogger();
    const messenger = messengerFromConfig('production', settings(), log);
    const { messageId, now } = await enqueueMessage('test.sms-bad', { channel: 'sms', to: '1234', text: 'Hej' });
    await processOutboxOnce(database.db, handlersFor('test.sms-bad', messenger), log, new Date(now.getTime() + 1000));
    assert.equal(gateway.calls.length, 0);
    assert.equal((await sentRows(messageId)).length, 0);
    assert.ok((await outboxRow(messageId)).processed_at);
    const warning = log.lines.find((l) => l.level === 'warn' && l.msg.includes('not a valid address'));
    assert.ok(warning);
    assert.ok(!JSON.stringify(warning).includes('1234'), 'the log does not name the number');
  });

  test('demo mode without transports keeps the message in the local sink, text and all', async () => {
    const messenger = messengerFromConfig('demo', { smtp: null, smsGateway: null }, recordingLogger());
    const { messageId, now } = await enqueueMessage('test.sink', { channel: 'sms', to: '+4520123456', subject: 'Påmindelse', text: 'Husk følgeskab i morgen.' });
    await processOutboxOnce(database.db, handlersFor('test.sink', messenger), recordingLogger(), new Date(now.getTime() + 1000));
    const rows = await sentRows(messageId);
    assert.deepEqual(rows.map((r) => [r.transport, r.recipient, r.subject, r.body]), [['sink', '+4520123456', 'Påmindelse', 'Husk følgeskab i morgen.']]);
    assert.equal(gateway.calls.length + smtp.received.length, 0);
  });

  test('production without transports: both channels are off, said at start and per message; nothing stored or sent', async () => {
    const log = recordingLogger();
    const messenger = messengerFromConfig('production', { smtp: null, smsGateway: null }, log);
    assert.deepEqual(log.lines.filter((l) => l.level === 'warn').map((l) => l.msg), [
      'e-mails are not sent: set MESTRING_SMTP_URL to send them',
      'text messages are not sent: set MESTRING_SMS_GATEWAY_URL to send them',
    ]);
    const { messageId, now } = await enqueueMessage('test.off', { channel: 'email', to: 'ole@example.dk', text: 'Hej' });
    await processOutboxOnce(database.db, handlersFor('test.off', messenger), log, new Date(now.getTime() + 1000));
    assert.equal((await sentRows(messageId)).length, 0);
    assert.ok((await outboxRow(messageId)).processed_at);
    assert.ok(log.lines.some((l) => l.msg === 'message not sent: no transport for its channel' && (l.obj as { messageId: string }).messageId === messageId));
  });

  test('transports are chosen per channel: SMTP for e-mail beside the sink for text messages in demo mode', async () => {
    const log = recordingLogger();
    const messenger = messengerFromConfig('demo', { smtp: settings().smtp, smsGateway: null }, log);
    assert.ok(log.lines.some((l) => l.msg === 'messaging transports' && JSON.stringify(l.obj) === JSON.stringify({ email: 'transport', sms: 'sink' })));
    const mail = await enqueueMessage('test.mixed', { channel: 'email', to: 'hanne@example.dk', text: 'Ny anmodning om følgeskab.' });
    const sms = await enqueueMessage('test.mixed', { channel: 'sms', to: '86421000', text: 'Ny anmodning om følgeskab.' });
    await processOutboxOnce(database.db, handlersFor('test.mixed', messenger), log, new Date(sms.now.getTime() + 1000));
    assert.equal(smtp.received.length, 1);
    assert.deepEqual((await sentRows(mail.messageId)).map((r) => r.transport), ['smtp']);
    assert.deepEqual((await sentRows(sms.messageId)).map((r) => [r.transport, r.recipient]), [['sink', '86421000']]);
  });
});
