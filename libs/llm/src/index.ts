export {
  type ChatClient,
  type ChatCompletion,
  type ChatEndpoint,
  type ChatMessage,
  type ChatRequest,
  createChatClient,
} from "./chat-client.js";
export { type BreakerState, type BreakerTicket, CircuitBreaker } from "./circuit-breaker.js";
