using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties.Incidents;

/// <summary>
/// What the recognizer's entities say about the victims the clause reader named: a lone capitalized "name" the
/// recognizer found inside a place or an organization ("Technology, who died", "killed Huntingdon") is no person, so
/// the figure is not counted as another named victim (it stays as a re-mention, which never adds). A full name
/// ("Tyre King") is left alone: the recognizer's type of its last word does not outweigh the given name before it.
/// </summary>
internal static class EntityVictims
{
    /// <summary>Turns named victims told of by one capitalized word that lies in a location or organization entity into re-mentions.</summary>
    public static void Apply(ReadOnlySpan<Token> tokens, IReadOnlyList<Entity>? entities, Span<RawFigure> figures)
    {
        if (entities is null || entities.Count == 0)
        {
            return;
        }

        foreach (ref RawFigure figure in figures)
        {
            int name = figure.Victims.NameToken;
            if (figure.Victims.Mention != Mention.Named || name < 0 || name >= tokens.Length
                || (name > 0 && tokens[name - 1].Kind == TokenKind.Word && tokens[name - 1].Has(TokenShape.Capitalized)))
            {
                // A full name ("Tyre King") is a person's whatever the recognizer says of its last word.
                continue;
            }

            int offset = tokens[figure.Victims.NameToken].Start;
            int e = IncidentFeatures.FirstAtOrAfter(entities, offset + 1) - 1;
            if (e >= 0 && entities[e].Start <= offset && offset < entities[e].End && entities[e].Type is EntityType.Location or EntityType.Organization)
            {
                figure.Victims.Mention = Mention.Definite;
            }
        }
    }
}
