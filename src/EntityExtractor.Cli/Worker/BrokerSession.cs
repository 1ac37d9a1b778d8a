using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace EntityExtractor.Cli.Worker;

/// <summary>
/// A worker's connection to the broker: one channel consumes the input queue with manual acknowledgements and a
/// prefetch limit, another publishes with publisher confirms. The client recovers the connection, the channels and
/// the consumer after a network failure or a broker restart; acknowledgements of deliveries from before the failure
/// are dropped by the client (the broker has already put those messages back).
/// </summary>
internal sealed class BrokerSession : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _consuming;
    private readonly IChannel _publishing;
    private readonly Channel<Delivery> _deliveries = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private string? _consumerTag;

    private BrokerSession(IConnection connection, IChannel consuming, IChannel publishing)
    {
        _connection = connection;
        _consuming = consuming;
        _publishing = publishing;
    }

    /// <summary>Messages received and not yet taken, in arrival order.</summary>
    public ChannelReader<Delivery> Deliveries => _deliveries.Reader;

    /// <summary>
    /// Connects (retrying for <see cref="WorkerOptions.ConnectTimeout"/>), declares the queues and starts consuming.
    /// </summary>
    /// <exception cref="BrokerUnreachableException">The broker could not be reached in time.</exception>
    /// <exception cref="OperationInterruptedException">The broker refused a queue declaration.</exception>
    public static async Task<BrokerSession> OpenAsync(WorkerOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var connection = await ConnectAsync(options, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            var consuming = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var publishing = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                cancellationToken).ConfigureAwait(false);
            var session = new BrokerSession(connection, consuming, publishing);
            await BrokerTopology.DeclareAsync(consuming, options, cancellationToken).ConfigureAwait(false);
            await consuming.BasicQosAsync(0, options.Prefetch, global: false, cancellationToken).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(consuming);
            consumer.ReceivedAsync += session.OnReceivedAsync;
            session._consumerTag = await consuming.BasicConsumeAsync(options.Queue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Publishes <paramref name="body"/> to <paramref name="queue"/> and waits for the broker's confirm.</summary>
    /// <exception cref="PublishException">The broker refused the message or could not route it.</exception>
    /// <exception cref="AlreadyClosedException">The connection was lost.</exception>
    public ValueTask PublishAsync(string queue, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        _publishing.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, cancellationToken);

    /// <summary>Acknowledges one delivery; false when the channel it came on is gone (the broker put it back).</summary>
    public async Task<bool> TryAckAsync(Delivery delivery)
    {
        try
        {
            await _consuming.BasicAckAsync(delivery.Tag, multiple: false).ConfigureAwait(false);
            return true;
        }
        catch (AlreadyClosedException)
        {
            return false;
        }
    }

    /// <summary>Returns one delivery to the queue for another attempt; nothing to do when its channel is gone.</summary>
    public async Task ReturnAsync(Delivery delivery)
    {
        try
        {
            await _consuming.BasicNackAsync(delivery.Tag, multiple: false, requeue: true).ConfigureAwait(false);
        }
        catch (AlreadyClosedException)
        {
            // The broker has returned it already, with every other unacknowledged delivery of the lost channel.
        }
    }

    /// <summary>Stops the broker sending more; deliveries already received stay readable.</summary>
    public async Task StopConsumingAsync()
    {
        if (_consumerTag is not null && _consuming.IsOpen)
        {
            try
            {
                await _consuming.BasicCancelAsync(_consumerTag).ConfigureAwait(false);
            }
            catch (AlreadyClosedException)
            {
                // Nothing is consumed on a closed channel.
            }
        }

        _deliveries.Writer.TryComplete();
    }

    /// <summary>Closes the channels and the connection; the broker returns every unacknowledged delivery to the queue.</summary>
    public async ValueTask DisposeAsync()
    {
        _deliveries.Writer.TryComplete();
        await _publishing.DisposeAsync().ConfigureAwait(false);
        await _consuming.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<IConnection> ConnectAsync(WorkerOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = options.Broker,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
            MaxInboundMessageBodySize = 128 * 1024 * 1024,
            ClientProvidedName = $"entity-extractor worker {Environment.MachineName}/{Environment.ProcessId}",
        };
        var deadline = DateTime.UtcNow + options.ConnectTimeout;
        while (true)
        {
            try
            {
                return await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BrokerUnreachableException e) when (DateTime.UtcNow < deadline)
            {
                WorkerLog.Unreachable(logger, options.Broker.Host, options.Broker.Port, e.InnerException?.Message ?? e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Task OnReceivedAsync(object sender, BasicDeliverEventArgs message)
    {
        // The body's memory belongs to the client only until this handler returns.
        var headers = message.BasicProperties.Headers;
        long before = headers is not null && headers.TryGetValue(BrokerTopology.DeliveryCountHeader, out object? count) && count is int or long
            ? Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        int attempt = (int)Math.Min(int.MaxValue - 1, before) + 1;
        _deliveries.Writer.TryWrite(new Delivery(message.DeliveryTag, message.Body.ToArray(), attempt, message.BasicProperties.MessageId));
        return Task.CompletedTask;
    }
}
