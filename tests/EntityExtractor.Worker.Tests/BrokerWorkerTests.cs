using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EntityExtractor.Cli;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Worker.Tests;

/// <summary>
/// Worker processes against a real broker (see <see cref="RabbitMqBroker"/>): distribution, worker death, hostile
/// messages, a broker restart and a graceful stop. Every wait is bounded.
/// </summary>
[Collection(SharedBroker.Name)]
public sealed class BrokerWorkerTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly RabbitMqBroker _broker;

    public BrokerWorkerTests(BrokerFixture fixture) => _broker = fixture.Broker;

    [Fact]
    public async Task Workers_TenThousandDocumentsThreeWorkers_EveryIdGetsExactlyItsExtractManyResult()
    {
        await using var run = await PublishDocumentsAsync(10_000, seed: 12);

        using var workers = new WorkerGroup(_broker.Uri, run.Queues, 3);
        await AllResultsExpectedAsync(run, workers);
        run.Client.Results.Should().HaveCount(10_000, "nothing failed, so nothing was redelivered");
        (await workers.TerminateAllAsync(StopTimeout)).Should().Equal(0, 0, 0);
        // Each worker's closing line says what it did; together they did every document once.
        var stopped = Regex.Matches(workers.Logs(), @"Stopped: (\d+) results, 0 dead-lettered, [\d.]+ documents/s while busy\.");
        stopped.Should().HaveCount(3);
        stopped.Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(10_000);
    }

    [Fact]
    public async Task Workers_OneKilledMidRun_NoDocumentIsLost()
    {
        await using var run = await PublishDocumentsAsync(3_000, seed: 7);

        using var workers = new WorkerGroup(_broker.Uri, run.Queues, 3, "--prefetch", "32");
        await WaitForResultsAsync(run.Client, 600, workers);
        workers[0].Kill();
        run.Client.ResultIds.Count.Should().BeLessThan(3_000, "work is left for the other workers");
        await AllResultsExpectedAsync(run, workers);
        (await workers.TerminateAllAsync(StopTimeout, skip: 1)).Should().Equal(0, 0);
    }

    [Fact]
    public async Task Workers_MalformedAndHostileMessages_DeadLetteredWithTheirErrorWhileTheRestIsExtracted()
    {
        var documents = TestDocuments.Create(300, seed: 3);
        string hugeText = string.Concat(Enumerable.Repeat("Police said the man was arrested in Paris. ", 20 * 1024 * 1024 / 43 + 1));
        byte[][] hostile =
        [
            Encoding.UTF8.GetBytes("this is not JSON"),
            [],
            Encoding.UTF8.GetBytes("[1, 2, 3]"),
            Encoding.UTF8.GetBytes("""{"id":"no-text","title":"A headline"}"""),
            Encoding.UTF8.GetBytes("""{"id":"bad-id","id2":1,"text":1}"""),
            Encoding.UTF8.GetBytes("""{"id":"surrogate","text":"Gunmen killed 3 people in Kabul \ud800 on Friday."}"""),
            [0xFF, 0xFE, 0x7B],
            TestDocuments.Message("huge", hugeText),
        ];
        var bodies = documents.Take(150).Select(d => TestDocuments.Message(d.Id, d.Text))
            .Concat(hostile)
            .Concat(documents.Skip(150).Select(d => TestDocuments.Message(d.Id, d.Text)))
            .ToList();
        var (expectedResults, expectedDeadLetters) = JsonLinesModeOutcomes(bodies);
        expectedResults.Should().HaveCount(301, "the lone surrogate is a document like any other");
        expectedDeadLetters.Should().HaveCount(7);
        var queues = TestQueues.Create();
        await using var client = await BrokerClient.OpenAsync(_broker.Uri, queues);
        await client.PublishAsync(bodies);

        using var workers = new WorkerGroup(_broker.Uri, queues, 2);
        await BrokerClient.WaitUntilAsync(
            () => client.ResultIds.Count == expectedResults.Count && client.DeadLetters.Count == expectedDeadLetters.Count,
            RunTimeout,
            () => $"{client.ResultIds.Count} results, {client.DeadLetters.Count} dead letters\n{workers.Logs()}");

        AssertResultsMatch(client, expectedResults);
        client.DeadLetters.Should().BeEquivalentTo(expectedDeadLetters);
        client.DeadLetters.Single(d => d.Body.StartsWith("{\"id\":\"huge\"", StringComparison.Ordinal)).Error
            .Should().Be("the text is 20971530 characters long, over the limit of 1048576 (--max-length)");
        (await workers.TerminateAllAsync(StopTimeout)).Should().Equal(0, 0);
    }

    [Fact]
    public async Task Workers_BrokerRestartedMidRun_ReconnectAndFinish()
    {
        await using var run = await PublishDocumentsAsync(6_000, seed: 5);

        using var workers = new WorkerGroup(_broker.Uri, run.Queues, 2);
        await WaitForResultsAsync(run.Client, 300, workers);
        await _broker.RestartAsync();
        run.Client.ResultIds.Count.Should().BeLessThan(6_000, "work is left for the workers after the restart");
        await AllResultsExpectedAsync(run, workers);
        (await workers.TerminateAllAsync(StopTimeout)).Should().Equal(0, 0);
    }

    [Fact]
    public async Task Worker_StoppedBySigtermMidRun_ExitsZeroAndAnotherWorkerFinishesTheRest()
    {
        await using var run = await PublishDocumentsAsync(4_000, seed: 9);

        using (var first = new WorkerGroup(_broker.Uri, run.Queues, 1))
        {
            await WaitForResultsAsync(run.Client, 200, first);
            (await first.TerminateAllAsync(StopTimeout)).Should().Equal(0);
            run.Client.ResultIds.Count.Should().BeLessThan(4_000, "the worker stopped before the queue was empty");
        }

        using var second = new WorkerGroup(_broker.Uri, run.Queues, 1);
        await AllResultsExpectedAsync(run, second);
        (await second.TerminateAllAsync(StopTimeout)).Should().Equal(0);
    }

    // Documents from the templates, published to fresh queues, with the result each should get.
    private async Task<PublishedRun> PublishDocumentsAsync(int count, int seed)
    {
        var documents = TestDocuments.Create(count, seed);
        var queues = TestQueues.Create();
        var client = await BrokerClient.OpenAsync(_broker.Uri, queues);
        await client.PublishAsync(documents.Select(d => TestDocuments.Message(d.Id, d.Text)));
        return new PublishedRun(client, queues, TestDocuments.ExpectedResults(documents));
    }

    private static Task WaitForResultsAsync(BrokerClient client, int atLeast, WorkerGroup workers) =>
        BrokerClient.WaitUntilAsync(() => client.ResultIds.Count >= atLeast, RunTimeout, () => $"{client.ResultIds.Count} results\n{workers.Logs()}");

    // Waits until every document has a result; then each result must be the expected one, and nothing dead-lettered.
    private static async Task AllResultsExpectedAsync(PublishedRun run, WorkerGroup workers)
    {
        await WaitForAllResultsAsync(run.Client, run.Expected, workers);
        AssertResultsMatch(run.Client, run.Expected);
        run.Client.DeadLetters.Should().BeEmpty();
    }

    private static Task WaitForAllResultsAsync(BrokerClient client, Dictionary<string, string> expected, WorkerGroup workers) =>
        BrokerClient.WaitUntilAsync(
            () => client.ResultIds.Count == expected.Count,
            RunTimeout,
            () => $"{client.ResultIds.Count} of {expected.Count} ids have a result, {client.DeadLetters.Count} dead letters\n{workers.Logs()}");

    // Every id expected has a result, every result (a duplicate too) is byte for byte the expected one.
    private static void AssertResultsMatch(BrokerClient client, Dictionary<string, string> expected)
    {
        // Set differences, not BeEquivalentTo: that pairs 10,000 items in quadratic time.
        expected.Keys.Except(client.ResultIds.Keys).Should().BeEmpty("every document has a result");
        client.ResultIds.Keys.Except(expected.Keys).Should().BeEmpty("every result is for a document sent");
        client.Results.Where(r => r.Body != expected[r.ResultId()]).Select(r => r.Body).Should().BeEmpty("every result is the expected one");
    }

    // What the JSON Lines mode makes of each body as a line: result objects by id, and the error of each bad line.
    private static (Dictionary<string, string> Results, List<ReceivedMessage> DeadLetters) JsonLinesModeOutcomes(IEnumerable<byte[]> bodies)
    {
        var processor = new JsonLinesProcessor(NewsEntityExtractor.Create(new NewsEntityExtractorOptions { MaxTextLength = 1 << 20 }), new JsonLinesOptions(false, false));
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        var deadLetters = new List<ReceivedMessage>();
        foreach (byte[] body in bodies)
        {
            string line = new UTF8Encoding(false, false).GetString(body);
            var outcome = processor.ProcessLine(line);
            string json = Encoding.UTF8.GetString(outcome.Output.Span);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                deadLetters.Add(new ReceivedMessage(line, error.GetString()));
            }
            else
            {
                results.Add(document.RootElement.GetProperty("id").ToString(), json);
            }
        }

        return (results, deadLetters);
    }

    private sealed record PublishedRun(BrokerClient Client, TestQueues Queues, Dictionary<string, string> Expected) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Client.DisposeAsync();
    }
}
