using System.Text.Json.Serialization;
using EntityExtractor.Sentences;

namespace EntityExtractor;

/// <summary>A casualty figure a text reports: how many people were killed, wounded, missing, kidnapped or arrested.</summary>
/// <param name="Kind">What happened to them.</param>
/// <param name="Count">How many, as stated (a conservative number for vague quantities; see <see cref="Qualifier"/>).</param>
/// <param name="Qualifier">How the count relates to the true number.</param>
/// <param name="Start">Offset of the first UTF-16 code unit of the phrase that states the figure.</param>
/// <param name="End">Offset one past the phrase's last UTF-16 code unit (exclusive).</param>
/// <param name="Text">The characters <c>[Start, End)</c> of the caller's text.</param>
/// <param name="Victims">The victims' description when the text gives one ("civilians", "members of a pro-Iran faction"), otherwise <see langword="null"/>.</param>
/// <param name="Sentence">The sentence the figure came from.</param>
/// <param name="IsBackground">Whether the figure is tied to another time or event than the article's lead ("last month", "in 2019") and so is left out of the summary.</param>
public sealed record CasualtyFigure(
    CasualtyKind Kind,
    int Count,
    CasualtyQualifier Qualifier,
    int Start,
    int End,
    string Text,
    string? Victims,
    [property: JsonIgnore] Sentence Sentence,
    bool IsBackground);
