using System.Text;
using EntityExtractor.Cli.Worker;
using FluentAssertions;
using RabbitMQ.Client;
using Xunit;

namespace EntityExtractor.Worker.Tests;

/// <summary>The queues every worker declares, on the real broker: the backstop for a message that kills its worker.</summary>
[Collection(SharedBroker.Name)]
public sealed class BrokerTopologyTests
{
    private readonly RabbitMqBroker _broker;

    public BrokerTopologyTests(BrokerFixture fixture) => _broker = fixture.Broker;

    [Theory]
    [InlineData(1, new long[] { 0 })]
    [InlineData(3, new long[] { 0, 1, 2 })]
    public async Task DeclareAsync_MessageReturnedUntilTheAttemptLimit_BrokerCountsDeliveriesThenDeadLettersIt(int maxAttempts, long[] expectedCounts)
    {
        var queues = TestQueues.Create();
        var options = queues.Options(_broker.Uri) with { MaxAttempts = maxAttempts };
        var factory = new ConnectionFactory { Uri = _broker.Uri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await BrokerTopology.DeclareAsync(channel, options, CancellationToken.None);
        await channel.BasicPublishAsync(string.Empty, queues.Input, Encoding.UTF8.GetBytes("""{"id":"poison","text":"x"}"""));

        // Each delivery is returned unacknowledged, as when the worker holding it dies, until it is dead-lettered.
        var deliveryCounts = new List<long?>();
        BasicGetResult? deadLetter = null;
        for (int i = 0; i < 10 && deadLetter is null; i++)
        {
            var (queue, message) = await NextAsync(channel, queues.Input, queues.DeadLetter);
            if (queue == queues.DeadLetter)
            {
                deadLetter = message;
                break;
            }

            deliveryCounts.Add(message.BasicProperties.Headers?.TryGetValue(BrokerTopology.DeliveryCountHeader, out object? count) == true ? Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture) : null);
            await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true);
        }

        deliveryCounts.Should().Equal(expectedCounts.Cast<long?>());
        deadLetter.Should().NotBeNull();
        Encoding.UTF8.GetString(deadLetter!.Body.Span).Should().Be("""{"id":"poison","text":"x"}""");
        deadLetter.BasicProperties.Headers.Should().ContainKey("x-death");
    }

    // The next message of either queue, polling for up to 5 s.
    private static async Task<(string Queue, BasicGetResult Message)> NextAsync(IChannel channel, string first, string second)
    {
        for (int i = 0; i < 50; i++)
        {
            foreach (string queue in (string[])[first, second])
            {
                if (await channel.BasicGetAsync(queue, autoAck: false) is { } result)
                {
                    return (queue, result);
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message on {first} or {second} within 5 s.");
    }
}
