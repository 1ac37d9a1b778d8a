using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using EntityExtractor.Cli.Documents;

namespace EntityExtractor.Cli.Worker;

/// <summary>
/// Settles a batch once its results are ready: each result (or dead letter) is published and confirmed by the broker
/// before its input is acknowledged, so a worker that dies at any point loses nothing (at-least-once). A message whose
/// extraction failed is returned for another attempt until its last one, when it is dead-lettered with the error.
/// </summary>
internal sealed class BatchSettler
{
    /// <summary>The longest wait for the broker's confirms of one batch; past it the batch is returned.</summary>
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(30);

    private readonly BrokerSession _session;
    private readonly WorkerOptions _options;
    private readonly ILogger _logger;

    /// <param name="session">The broker connection to publish and acknowledge on.</param>
    /// <param name="options">The queue names and the attempt limit.</param>
    /// <param name="logger">Where failed attempts and publishes are reported.</param>
    public BatchSettler(BrokerSession session, WorkerOptions options, ILogger logger)
    {
        _session = session;
        _options = options;
        _logger = logger;
    }

    /// <summary>Publishes and acknowledges what can be; returns how many results and dead letters were settled.</summary>
    public async Task<(int Results, int DeadLettered)> SettleAsync(IReadOnlyList<Delivery> batch, IReadOnlyList<RenderedDocument> results)
    {
        using var timeout = new CancellationTokenSource(ConfirmTimeout);
        var publishes = new Task?[batch.Count];
        var deadLetter = new bool[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            var delivery = batch[i];
            var result = results[i];
            if (result.Outcome == DocumentOutcome.Done)
            {
                var properties = new BasicProperties { Persistent = true, ContentType = "application/json", CorrelationId = delivery.MessageId };
                publishes[i] = _session.PublishAsync(_options.Results, properties, result.Output, timeout.Token).AsTask();
                continue;
            }

            string error = ReadError(result.Output);
            if (result.Outcome == DocumentOutcome.InternalError && delivery.Attempt < _options.MaxAttempts)
            {
                WorkerLog.AttemptFailed(_logger, delivery.MessageId, delivery.Attempt, _options.MaxAttempts, error);
                continue;
            }

            deadLetter[i] = true;
            publishes[i] = _session.PublishAsync(_options.DeadLetter, DeadLetterProperties(delivery, error), delivery.Body, timeout.Token).AsTask();
        }

        int settledResults = 0, settledDeadLetters = 0, failed = 0;
        string? reason = null;
        for (int i = 0; i < batch.Count; i++)
        {
            if (publishes[i] is not { } publish)
            {
                await _session.ReturnAsync(batch[i]).ConfigureAwait(false);
                continue;
            }

            try
            {
                await publish.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationInterruptedException or PublishException or OperationCanceledException)
            {
                failed++;
                reason = e.Message;
                await _session.ReturnAsync(batch[i]).ConfigureAwait(false);
                continue;
            }

            if (!await _session.TryAckAsync(batch[i]).ConfigureAwait(false))
            {
                // The channel it came on is gone: the broker delivers it again, and its result comes twice.
                continue;
            }

            if (deadLetter[i])
            {
                settledDeadLetters++;
            }
            else
            {
                settledResults++;
            }
        }

        if (failed > 0)
        {
            WorkerLog.NotPublished(_logger, failed, reason ?? "unknown");
        }

        return (settledResults, settledDeadLetters);
    }

    private static BasicProperties DeadLetterProperties(Delivery delivery, string error) => new()
    {
        Persistent = true,
        MessageId = delivery.MessageId,
        Headers = new Dictionary<string, object?>
        {
            [BrokerTopology.ErrorHeader] = error,
            [BrokerTopology.AttemptHeader] = delivery.Attempt,
        },
    };

    // The "error" of an error object, as the JSON Lines mode writes it.
    private static string ReadError(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("error").GetString() ?? string.Empty;
    }
}
