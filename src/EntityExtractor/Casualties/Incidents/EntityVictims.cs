using System.Runtime.InteropServices;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// What the recognizer's entities say about the victims the clause reader named: a "name" the recognizer found to
/// be (inside) a place or an organization ("Technology, who died", "killed Fernhill", "transported to UMC
/// Halverston with injuries") is no person, so the figure is not counted as another named victim (it stays as a
/// re-mention, which never adds). A full name ("Reno Hale") is left alone: the recognizer's type of it does not
/// outweigh the given name before its last word.
/// </summary>
internal static class EntityVictims
{
    /// <summary>
    /// Drops the figures whose "victim" is one capitalized word inside a location entity ("Gaza was hit", "the shooting
    /// of Detroit"), and turns those inside an organization entity into re-mentions. A place right after a name and its
    /// age ("Pavel, 15, Arden died") is the person's home town: that figure stays, as a re-mention.
    /// </summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Entity>? entities, List<RawFigure> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (entities is null || entities.Count == 0)
        {
            return;
        }

        bool drop = false;
        Span<RawFigure> figures = CollectionsMarshal.AsSpan(list);
        foreach (ref RawFigure figure in figures)
        {
            int name = figure.Victims.NameToken;
            if (figure.Victims.Mention != Mention.Named || name < 0 || name >= tokens.Length)
            {
                continue;
            }

            // The name's first word: "Reno Hale" from Hale, "12-year-old Joseph Carrow" from Carrow; "UMC" in "UMC
            // Halverston" is outside the victim's tokens (no name word), so "Halverston" is a lone word.
            int first = name;
            while (first - 1 >= Math.Max(0, figure.Victims.First) && tokens[first - 1].Kind == TokenKind.Word && tokens[first - 1].Has(TokenShape.Capitalized))
            {
                first--;
            }

            if (first < name)
            {
                // A full name ("Reno Hale") is a person's whatever the recognizer says of it.
                continue;
            }

            int offset = tokens[first].Start;
            int e = IncidentFeatures.FirstAtOrAfter(entities, offset + 1) - 1;
            if (e >= 0 && entities[e].Start <= offset && tokens[name].End <= entities[e].End
                && entities[e].Type is EntityType.Location or EntityType.Organization)
            {
                figure.Victims.Mention = Mention.Definite;
                if (entities[e].Type == EntityType.Location && !AfterAge(text, tokens, first))
                {
                    figure.Victims.Count = 0;
                    drop = true;
                }
            }
        }

        if (drop)
        {
            list.RemoveAll(static f => f.Victims.Count == 0);
        }
    }

    /// <summary>Whether ", 15," comes right before token <paramref name="i"/>.</summary>
    private static bool AfterAge(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 3 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].GetText(text) is ","
        && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 3].Kind == TokenKind.Punctuation && tokens[i - 3].GetText(text) is ",";
}
