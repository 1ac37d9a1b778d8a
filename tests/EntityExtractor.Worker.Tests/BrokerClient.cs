using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using EntityExtractor.Cli.Worker;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EntityExtractor.Worker.Tests;

/// <summary>A message the test client took from the results or dead-letter queue.</summary>
/// <param name="Body">The message body as text.</param>
/// <param name="Error">The worker's <c>x-error</c> header, if any.</param>
public sealed record ReceivedMessage(string Body, string? Error)
{
    /// <summary>The <c>"id"</c> of a result object, as text.</summary>
    public string ResultId()
    {
        using var document = System.Text.Json.JsonDocument.Parse(Body);
        return document.RootElement.GetProperty("id").ToString();
    }
}

/// <summary>
/// The test's side of the broker: publishes documents with confirms and collects everything that arrives on the
/// results and dead-letter queues (acknowledged after it is stored, so a broker restart loses nothing here either).
/// </summary>
public sealed class BrokerClient : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _publishing;
    private readonly IChannel _consuming;
    private readonly TestQueues _queues;

    private BrokerClient(IConnection connection, IChannel publishing, IChannel consuming, TestQueues queues)
    {
        _connection = connection;
        _publishing = publishing;
        _consuming = consuming;
        _queues = queues;
    }

    /// <summary>Everything received on the results queue, duplicates included.</summary>
    public ConcurrentQueue<ReceivedMessage> Results { get; } = new();

    /// <summary>How many results arrived for each id.</summary>
    public ConcurrentDictionary<string, int> ResultIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Everything received on the dead-letter queue.</summary>
    public ConcurrentQueue<ReceivedMessage> DeadLetters { get; } = new();

    /// <summary>Connects, declares the test's queues as a worker does, and starts collecting.</summary>
    public static async Task<BrokerClient> OpenAsync(Uri broker, TestQueues queues)
    {
        var factory = new ConnectionFactory { Uri = broker, NetworkRecoveryInterval = TimeSpan.FromSeconds(1), MaxInboundMessageBodySize = 128 * 1024 * 1024 };
        var connection = await factory.CreateConnectionAsync();
        var publishing = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var consuming = await connection.CreateChannelAsync();
        await BrokerTopology.DeclareAsync(consuming, queues.Options(broker), CancellationToken.None);
        var client = new BrokerClient(connection, publishing, consuming, queues);
        await client.CollectAsync(queues.Results, message =>
        {
            client.Results.Enqueue(message);
            client.ResultIds.AddOrUpdate(message.ResultId(), 1, (_, count) => count + 1);
        });
        await client.CollectAsync(queues.DeadLetter, client.DeadLetters.Enqueue);
        return client;
    }

    /// <summary>Publishes every body to the input queue and waits for the broker's confirms.</summary>
    public async Task PublishAsync(IEnumerable<byte[]> bodies)
    {
        var properties = new BasicProperties { Persistent = true };
        foreach (var chunk in bodies.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(body => _publishing.BasicPublishAsync(string.Empty, _queues.Input, mandatory: true, properties, body).AsTask()));
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds, polling; fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">The condition did not hold in time.</exception>
    public static async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout, Func<string> what)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Not done after {timeout.TotalSeconds} s: {what()}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _publishing.DisposeAsync();
        await _consuming.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task CollectAsync(string queue, Action<ReceivedMessage> store)
    {
        var consumer = new AsyncEventingBasicConsumer(_consuming);
        consumer.ReceivedAsync += async (_, message) =>
        {
            string? error = message.BasicProperties.Headers is { } headers && headers.TryGetValue(BrokerTopology.ErrorHeader, out object? value) && value is byte[] bytes
                ? Encoding.UTF8.GetString(bytes)
                : null;
            store(new ReceivedMessage(Encoding.UTF8.GetString(message.Body.Span), error));
            await _consuming.BasicAckAsync(message.DeliveryTag, multiple: false);
        };
        await _consuming.BasicConsumeAsync(queue, autoAck: false, consumer);
    }
}
