using System.Text.Json.Serialization;

namespace EntityExtractor.Cli;

/// <summary>Source-generated JSON metadata for the few plain values the tool writes itself (ids that are file paths).</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
