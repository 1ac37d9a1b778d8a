namespace EntityExtractor.Cli.Worker;

/// <summary>One message taken from the input queue, copied out of the client's buffer.</summary>
/// <param name="Tag">The delivery tag to acknowledge it with.</param>
/// <param name="Body">The message body: one JSON Lines input line, UTF-8.</param>
/// <param name="Attempt">Which delivery of this message this is, from 1 (the broker counts redeliveries).</param>
/// <param name="MessageId">The publisher's message id, if it set one; the result carries it as its correlation id.</param>
internal sealed record Delivery(ulong Tag, byte[] Body, int Attempt, string? MessageId);
