// Sending and receiving protocol messages with the reply's type tied to the request's (utils/messaging/protocol.ts).
// The browser's own sendMessage is passed in by the caller (utils/extension/transports.ts): only the extension
// glue and the entry points touch `browser.*`, and the tests pass a plain function.
import { parseMessage, type Message, type MessageOf, type MessageType, type ReplyTo, type SenderLike } from './protocol';

/** One way to deliver a message and get its answer: runtime.sendMessage, or tabs.sendMessage to one tab. */
export type Transport = (message: Message) => Promise<unknown>;

/**
 * Sends `message` and resolves with its receiver's reply (undefined when nobody answered). The reply comes from
 * another part of the extension, never from a web page, but callers still check what they rely on: a receiver
 * of an older version (an update mid-session) may answer with another shape.
 */
export function send<T extends MessageType>(transport: Transport, message: MessageOf<T>): Promise<ReplyTo<T> | undefined> {
  return transport(message as Message) as Promise<ReplyTo<T> | undefined>;
}

/** Answers one message type; undefined means "not answered here" (the sender is not allowed, or nothing to say). */
export type Handler<T extends MessageType> = (message: MessageOf<T>, sender: SenderLike) => Promise<ReplyTo<T>> | undefined;

/** What one receiver (the background, the extractor in a page) answers: a handler for each of its message types. */
export type Handlers<T extends MessageType> = { [K in T]: Handler<K> };

/**
 * The receiver for a handler map: validates the raw message (parseMessage: own properties, exact shapes) and
 * calls the handler for its type. Anything malformed, or of a type this receiver does not handle, is not answered.
 */
export function receiver<T extends MessageType>(handlers: Handlers<T>) {
  return (raw: unknown, sender: SenderLike = {}): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    if (!message || !Object.hasOwn(handlers, message.type)) return undefined;
    // The map is keyed by type, so the handler found for `message.type` takes that very message.
    const handler = handlers[message.type as T] as unknown as (m: Message, s: SenderLike) => Promise<unknown> | undefined;
    return handler(message, sender);
  };
}

/**
 * Adapts a promise-returning handler to `runtime.onMessage` in every browser and in WXT's fake browser:
 * Chrome needs `sendResponse` + `return true`, Firefox and the fake browser take a returned promise.
 */
export function respond<T>(promise: Promise<T>, sendResponse: unknown): true | Promise<T> {
  if (typeof sendResponse === 'function') {
    promise.then(
      (v) => (sendResponse as (v: T) => void)(v),
      () => (sendResponse as (v: undefined) => void)(undefined),
    );
    return true;
  }
  return promise;
}

/** A `runtime.onMessage` listener that answers through `answer` (for instance a receiver()). */
export function listener(answer: (raw: unknown, sender: SenderLike) => Promise<unknown> | undefined) {
  return (raw: unknown, sender: SenderLike, sendResponse: unknown): true | Promise<unknown> | undefined => {
    const reply = answer(raw, sender);
    return reply ? respond(reply, sendResponse) : undefined;
  };
}
