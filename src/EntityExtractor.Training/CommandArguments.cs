namespace EntityExtractor.Training;

/// <summary>
/// Command-line arguments of the form <c>--name value</c> and <c>--flag</c>. Unknown or missing arguments are
/// reported with <see cref="ArgumentException"/>, which the tool prints as a usage error.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CommandArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new ArgumentException($"Unexpected argument '{arg}': arguments are --name value or --flag.");
            }

            string name = arg[2..];
            string? value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            _values[name] = value;
        }
    }

    /// <summary>The value of a required <c>--name value</c> argument.</summary>
    public string Required(string name) =>
        Optional(name) ?? throw new ArgumentException($"Missing required argument --{name} <value>.");

    /// <summary>The value of an optional <c>--name value</c> argument, or <see langword="null"/>.</summary>
    public string? Optional(string name)
    {
        _used.Add(name);
        return _values.TryGetValue(name, out string? value) ? value : null;
    }

    /// <summary>An optional whole-number argument.</summary>
    public int Int(string name, int defaultValue)
    {
        string? value = Optional(name);
        if (value is null)
        {
            return defaultValue;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int parsed)
            ? parsed
            : throw new ArgumentException($"--{name} takes a whole number, not '{value}'.");
    }

    /// <summary>Whether a <c>--flag</c> is present.</summary>
    public bool Flag(string name)
    {
        _used.Add(name);
        return _values.ContainsKey(name);
    }

    /// <summary>Throws when an argument was given that the command never asked for.</summary>
    public void RejectUnknown()
    {
        foreach (string name in _values.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new ArgumentException($"Unknown argument --{name}.");
            }
        }
    }
}
