using EntityExtractor.Cli.CommandLine;
using EntityExtractor.Cli.Worker;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Worker.Tests;

public sealed class WorkerArgumentsTests
{
    [Fact]
    public void TryParse_BrokerOnly_UsesTheDocumentedDefaults()
    {
        WorkerCommand.TryParse(["--broker", "amqp://localhost:5672/"], out var options, out string? error).Should().BeTrue();

        error.Should().BeNull();
        options.Should().Be(new WorkerOptions(new Uri("amqp://localhost:5672/"), "documents", "results", "documents.dead"));
        options!.Parallel.Should().Be(Environment.ProcessorCount);
        options.Prefetch.Should().Be((ushort)(8 * Environment.ProcessorCount));
        options.BatchSize.Should().Be(4 * Environment.ProcessorCount);
        options.MaxAttempts.Should().Be(5);
        options.MaxLength.Should().Be(1_048_576);
        options.ReportInterval.Should().Be(TimeSpan.FromSeconds(10));
        options.ConnectTimeout.Should().Be(TimeSpan.FromSeconds(60));
        options.Output.Should().Be(new EntityExtractor.Cli.JsonLinesOptions(false, false));
    }

    [Fact]
    public void TryParse_EveryFlag_ReadsEachValue()
    {
        string[] args =
        [
            "--broker", "amqps://u:p@broker.example:5671/news", "--queue", "in", "--results", "out", "--dead-letter", "bad",
            "--parallel", "3", "--prefetch", "24", "--max-attempts", "2", "--max-length", "500", "--report-seconds", "7",
            "--connect-seconds", "9", "--tokens", "--sentences",
        ];

        WorkerCommand.TryParse(args, out var options, out _).Should().BeTrue();

        options.Should().Be(new WorkerOptions(new Uri("amqps://u:p@broker.example:5671/news"), "in", "out", "bad")
        {
            Parallel = 3,
            Prefetch = 24,
            MaxAttempts = 2,
            MaxLength = 500,
            ReportInterval = TimeSpan.FromSeconds(7),
            ConnectTimeout = TimeSpan.FromSeconds(9),
            Output = new EntityExtractor.Cli.JsonLinesOptions(true, true),
        });
        options!.BatchSize.Should().Be(12);
    }

    [Theory]
    [InlineData(new string[0], "Option '--broker' is required.")]
    [InlineData(new[] { "--broker", "http://localhost/" }, "--broker needs an amqp:// or amqps:// URI.")]
    [InlineData(new[] { "--broker" }, "Required argument missing for option: '--broker'.")]
    [InlineData(new[] { "--broker", "amqp://h/", "--prefetch", "0" }, "--prefetch needs a whole number from 1 to 65535, not '0'.")]
    [InlineData(new[] { "--broker", "amqp://h/", "--prefetch", "65536" }, "--prefetch needs a whole number from 1 to 65535, not '65536'.")]
    [InlineData(new[] { "--broker", "amqp://h/", "--parallel", "-1" }, "--parallel needs a whole number from 1 to 2147483647, not '-1'.")]
    [InlineData(new[] { "--broker", "amqp://h/", "--results", "documents" }, "--queue, --results and --dead-letter must name three different queues.")]
    [InlineData(new[] { "--broker", "amqp://h/", "--jsonl" }, "Unrecognized command or argument '--jsonl'.")]
    public void TryParse_BadFlags_FailsSayingWhy(string[] args, string expected)
    {
        WorkerCommand.TryParse(args, out var options, out string? error).Should().BeFalse();

        options.Should().BeNull();
        error.Should().Be(expected);
    }

    [Fact]
    public void TryParse_Help_FailsWithoutAnError()
    {
        WorkerCommand.TryParse(["--broker", "amqp://h/", "--help"], out var options, out string? error).Should().BeFalse();

        options.Should().BeNull();
        error.Should().BeNull();
    }

    [Fact]
    public async Task StartAsync_ServerNotInstalled_FailsNamingThePackage()
    {
        var start = () => RabbitMqBroker.StartAsync("/nonexistent/rabbitmq-server");

        (await start.Should().ThrowAsync<InvalidOperationException>())
            .Which.Message.Should().Be(
                "The worker tests need a real RabbitMQ broker, and /nonexistent/rabbitmq-server does not exist. " +
                "Install Debian's package: apt-get install -y rabbitmq-server (.ci/run does).");
    }
}
