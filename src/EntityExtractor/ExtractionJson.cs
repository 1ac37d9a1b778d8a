using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EntityExtractor.Output;

namespace EntityExtractor;

/// <summary>
/// Writes results as JSON with metadata generated at compile time (System.Text.Json source generation): no
/// reflection, so it is safe under trimming and native AOT. Names are camel case and enums are strings.
/// </summary>
/// <remarks>
/// An <see cref="ExtractionResult"/> is written as <c>text</c>, <c>entities</c>, <c>casualties</c>, <c>summary</c>,
/// <c>people</c>, <c>organizations</c> and <c>places</c>; its tokens and sentences are left out (they are many, and
/// cheap to compute again). The metadata is for writing: results come from <see cref="NewsEntityExtractor"/>, they
/// are not read back.
/// </remarks>
/// <example>
/// <code>
/// string json = ExtractionJson.Serialize(result);
///
/// // ASP.NET Core: let the framework write results itself.
/// builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Insert(0, ExtractionJson.TypeInfoResolver));
/// </code>
/// </example>
public static class ExtractionJson
{
    /// <summary>The resolver to add to a <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> so those options write the result types.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => ExtractionJsonContext.Default;

    /// <summary>Metadata for a whole <see cref="ExtractionResult"/>.</summary>
    public static JsonTypeInfo<ExtractionResult> Result => ExtractionJsonContext.Default.ExtractionResult;

    /// <summary>Metadata for <see cref="ExtractionResult.Entities"/>: <c>[{"type", "start", "end", "text", "score"}]</c>.</summary>
    public static JsonTypeInfo<IReadOnlyList<Entity>> Entities => ExtractionJsonContext.Default.IReadOnlyListEntity;

    /// <summary>Metadata for <see cref="ExtractionResult.Casualties"/>: <c>[{"kind", "count", "qualifier", "start", "end", "text", "victims", "isBackground"}]</c>.</summary>
    public static JsonTypeInfo<IReadOnlyList<CasualtyFigure>> Casualties => ExtractionJsonContext.Default.IReadOnlyListCasualtyFigure;

    /// <summary>Metadata for <see cref="ExtractionResult.Summary"/>: <c>{"killed", "wounded", "missing", "kidnapped", "severalIncidents"}</c>, each total a number or null.</summary>
    public static JsonTypeInfo<CasualtySummary> Summary => ExtractionJsonContext.Default.CasualtySummary;

    /// <summary>Metadata for <see cref="ExtractionResult.People"/> and its siblings: <c>[{"name", "type", "mentions", "count"}]</c>.</summary>
    public static JsonTypeInfo<IReadOnlyList<NamedEntity>> Names => ExtractionJsonContext.Default.IReadOnlyListNamedEntity;

    /// <summary>The result as one line of JSON.</summary>
    /// <param name="result">A result of <see cref="NewsEntityExtractor.Extract(string)"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string Serialize(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, Result);
    }

    /// <summary>Writes the result to <paramref name="writer"/> as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">A result of <see cref="NewsEntityExtractor.Extract(string)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    public static void Serialize(Utf8JsonWriter writer, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(writer, result, Result);
    }
}
