using Xunit;

namespace EntityExtractor.Worker.Tests;

/// <summary>One broker for every test of the <see cref="SharedBroker"/>; each test uses queues of its own.</summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    private RabbitMqBroker? _broker;

    /// <summary>The running broker.</summary>
    public RabbitMqBroker Broker => _broker ?? throw new InvalidOperationException("The broker has not started.");

    public async Task InitializeAsync() => _broker = await RabbitMqBroker.StartAsync();

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}

/// <summary>The tests that share the broker; they run one after another (one of them restarts it).</summary>
[CollectionDefinition(Name)]
public sealed class SharedBroker : ICollectionFixture<BrokerFixture>
{
    public const string Name = "Broker";
}
