using System.Diagnostics;

namespace EntityExtractor.Samples.Tests;

/// <summary>
/// A sample run as its own process (<c>dotnet Sample.dll …</c>, built beside the tests), as a user runs it: with its
/// own runtime settings, arguments, exit code and console. Disposing it ends the process if it is still running.
/// </summary>
internal sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private readonly Lock _lock = new();

    private SampleProcess(Process process) => _process = process;

    /// <summary>Starts <paramref name="sample"/> (an assembly name such as <c>BatchFolder</c>) with <paramref name="arguments"/>.</summary>
    public static SampleProcess Start(string sample, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, sample + ".dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var sampleProcess = new SampleProcess(process);
        process.OutputDataReceived += (_, e) => sampleProcess.Add(sampleProcess._output, e.Data);
        process.ErrorDataReceived += (_, e) => sampleProcess.Add(sampleProcess._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sampleProcess;
    }

    /// <summary>The lines written to standard output so far.</summary>
    public IReadOnlyList<string> Output => Snapshot(_output);

    /// <summary>The lines written to standard error so far.</summary>
    public IReadOnlyList<string> Error => Snapshot(_error);

    /// <summary>Waits for the process to end (and its output to be read) and returns its exit code.</summary>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>; it is ended.</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The sample did not end within {timeout.TotalSeconds} s. Output: {string.Join('\n', Output)}");
        }

        return _process.ExitCode;
    }

    /// <summary>Waits until a line of standard output starts with <paramref name="prefix"/> and returns the rest of it.</summary>
    /// <exception cref="TimeoutException">No such line came within <paramref name="timeout"/>.</exception>
    public async Task<string> WaitForOutputAsync(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (Output.Select(line => line.TrimStart()).FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) is { } found)
            {
                return found[prefix.Length..];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No line starting '{prefix}' within {timeout.TotalSeconds} s. Output: {string.Join('\n', Output)} Error: {string.Join('\n', Error)}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (_lock)
            {
                lines.Add(line);
            }
        }
    }

    private string[] Snapshot(List<string> lines)
    {
        lock (_lock)
        {
            return [.. lines];
        }
    }

    /// <summary>The <c>dotnet</c> that runs these tests (the SDK says where), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
}
