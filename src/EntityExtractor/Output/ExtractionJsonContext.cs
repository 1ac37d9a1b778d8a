using System.Text.Json.Serialization;

namespace EntityExtractor.Output;

/// <summary>
/// The source-generated metadata behind <see cref="ExtractionJson"/>: camel-case names, enums as strings.
/// Internal, so the public surface is the hand-written <see cref="ExtractionJson"/> and not the generator's members.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(IReadOnlyList<Entity>))]
[JsonSerializable(typeof(IReadOnlyList<CasualtyFigure>))]
[JsonSerializable(typeof(IReadOnlyList<NamedEntity>))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;
