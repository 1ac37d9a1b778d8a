using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace EntityExtractor.Worker.Tests;

/// <summary>One <c>entity-extractor worker</c> process, run from the tool's own dll, with its log kept.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private WorkerProcess(Process process) => _process = process;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The worker's log lines so far.</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>Starts a worker on <paramref name="queues"/> with <paramref name="extraArguments"/> after the queue flags.</summary>
    public static WorkerProcess Start(Uri broker, TestQueues queues, params string[] extraArguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "entity-extractor.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])[dll, "worker", "--broker", broker.ToString(), "--queue", queues.Input, "--results", queues.Results, "--dead-letter", queues.DeadLetter, "--report-seconds", "1", .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Ends the process at once (SIGKILL): nothing it holds is settled.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Asks the process to stop (SIGTERM) and waits for its exit code.</summary>
    /// <exception cref="TimeoutException">It did not stop in time.</exception>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The worker did not stop within {timeout.TotalSeconds} s after SIGTERM:\n{Log}");
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }
}
