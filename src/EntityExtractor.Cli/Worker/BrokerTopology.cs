using RabbitMQ.Client;

namespace EntityExtractor.Cli.Worker;

/// <summary>
/// The three queues a worker uses, declared by every worker with the same arguments (declaring is idempotent, and
/// a queue that exists with other arguments is refused by the broker). All are durable quorum queues. The input
/// queue counts deliveries and dead-letters a message returned after its <see cref="WorkerOptions.MaxAttempts"/>-th
/// delivery (one that keeps killing its worker) to the dead-letter queue.
/// </summary>
internal static class BrokerTopology
{
    /// <summary>The header that holds why the worker dead-lettered a message.</summary>
    public const string ErrorHeader = "x-error";

    /// <summary>The header that holds which delivery the worker dead-lettered a message on.</summary>
    public const string AttemptHeader = "x-attempt";

    /// <summary>The header a quorum queue sets on a redelivered message: how many times it was delivered before.</summary>
    public const string DeliveryCountHeader = "x-delivery-count";

    /// <summary>Declares the input, results and dead-letter queues of <paramref name="options"/>.</summary>
    /// <exception cref="RabbitMQ.Client.Exceptions.OperationInterruptedException">The broker refused a declaration.</exception>
    public static async Task DeclareAsync(IChannel channel, WorkerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        await DeclareQuorumAsync(channel, options.DeadLetter, [], cancellationToken).ConfigureAwait(false);
        await DeclareQuorumAsync(channel, options.Results, [], cancellationToken).ConfigureAwait(false);
        await DeclareQuorumAsync(
            channel,
            options.Queue,
            new Dictionary<string, object?>
            {
                // The limit counts returns: a message is delivered at most limit + 1 times.
                ["x-delivery-limit"] = options.MaxAttempts - 1,
                ["x-dead-letter-exchange"] = string.Empty,
                ["x-dead-letter-routing-key"] = options.DeadLetter,
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static Task<QueueDeclareOk> DeclareQuorumAsync(IChannel channel, string queue, Dictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        arguments["x-queue-type"] = "quorum";
        return channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken);
    }
}
