using EntityExtractor.Cli.Documents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace EntityExtractor.Cli.Worker;

/// <summary>
/// The worker's loop: take what the prefetch window holds (up to <see cref="WorkerOptions.BatchSize"/> deliveries),
/// extract it on every core, and settle it while the next batch is extracted. On shutdown the batch in hand is
/// finished and settled, and whatever was received but not started goes back to the queue when the channel closes.
/// </summary>
internal sealed class BrokerWorker : BackgroundService
{
    private readonly WorkerOptions _options;
    private readonly WorkerExit _exit;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<BrokerWorker> _logger;

    /// <param name="options">What to consume and where to answer.</param>
    /// <param name="exit">Where the worker leaves its exit code.</param>
    /// <param name="lifetime">Stopped when the broker cannot be used.</param>
    /// <param name="logger">The worker's log.</param>
    public BrokerWorker(WorkerOptions options, WorkerExit exit, IHostApplicationLifetime lifetime, ILogger<BrokerWorker> logger)
    {
        _options = options;
        _exit = exit;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        BrokerSession session;
        try
        {
            session = await BrokerSession.OpenAsync(_options, _logger, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException)
        {
            WorkerLog.BrokerFailed(_logger, e.InnerException?.Message ?? e.Message);
            _exit.Code = ExitCodes.BrokerFailed;
            _lifetime.StopApplication();
            return;
        }

        await using (session.ConfigureAwait(false))
        {
            WorkerLog.Started(_logger, _options.Queue, _options.Prefetch, _options.Parallel, _options.Results, _options.DeadLetter);
            var meter = new ThroughputMeter(_options.ReportInterval);
            try
            {
                await RunAsync(session, meter, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception) when (MarkFailed())
            {
                // Not reached: the filter only records the failure, and the host logs the exception and stops.
            }

            WorkerLog.Stopped(_logger, meter.Results, meter.DeadLettered, meter.AverageRate());
        }
    }

    private async Task RunAsync(BrokerSession session, ThroughputMeter meter, CancellationToken stoppingToken)
    {
        var extractor = new BatchExtractor(_options);
        var settler = new BatchSettler(session, _options, _logger);
        Task? settling = null;
        try
        {
            while (await session.Deliveries.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var batch = new List<Delivery>(_options.BatchSize);
                while (batch.Count < _options.BatchSize && session.Deliveries.TryRead(out var delivery))
                {
                    batch.Add(delivery);
                }

                var results = extractor.Extract(batch);
                if (settling is not null)
                {
                    await settling.ConfigureAwait(false);
                }

                settling = SettleAsync(settler, batch, results, meter);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: stop receiving, settle the batch in hand; the rest returns to the queue with the channel.
        }
        finally
        {
            await session.StopConsumingAsync().ConfigureAwait(false);
            if (settling is not null)
            {
                await settling.ConfigureAwait(false);
            }
        }
    }

    // An exception filter that records the failure without catching it.
    private bool MarkFailed()
    {
        _exit.Code = ExitCodes.WorkerFailed;
        return false;
    }

    private async Task SettleAsync(BatchSettler settler, List<Delivery> batch, RenderedDocument[] results, ThroughputMeter meter)
    {
        var (settled, deadLettered) = await settler.SettleAsync(batch, results).ConfigureAwait(false);
        if (meter.Record(settled, deadLettered) is { } rate)
        {
            WorkerLog.Throughput(_logger, rate, meter.Results, meter.DeadLettered);
        }
    }
}
