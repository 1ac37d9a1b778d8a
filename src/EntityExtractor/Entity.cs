using System.Text.Json.Serialization;

namespace EntityExtractor;

/// <summary>A named entity found in a text.</summary>
/// <param name="Type">What it names.</param>
/// <param name="Start">Offset of its first UTF-16 code unit in the caller's text.</param>
/// <param name="End">Offset one past its last UTF-16 code unit (exclusive).</param>
/// <param name="Text">The characters <c>[Start, End)</c> of the caller's text.</param>
/// <param name="Score">Calibrated confidence in [0, 1] that the span and type are both right.</param>
public sealed record Entity(EntityType Type, int Start, int End, string Text, double Score)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;
}
