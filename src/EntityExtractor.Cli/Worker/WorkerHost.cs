using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace EntityExtractor.Cli.Worker;

/// <summary>Runs <c>entity-extractor worker</c> under the generic host, which turns SIGTERM into a graceful stop.</summary>
internal static class WorkerHost
{
    /// <summary>Runs a worker with <paramref name="options"/> until SIGTERM, Ctrl+C or <paramref name="cancellationToken"/>.</summary>
    /// <returns>The process exit code (<see cref="WorkerExit"/>).</returns>
    public static async Task<int> RunAsync(WorkerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<WorkerExit>();
        builder.Services.AddHostedService<BrokerWorker>();
        using var host = builder.Build();
        var exit = host.Services.GetRequiredService<WorkerExit>();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return exit.Code;
    }
}
