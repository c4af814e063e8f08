namespace CopyLint.Rules.Naming;

/// <summary>
/// Groups an article's mentions into entities: an exact repeat of a multi-word name joins it, an acronym in brackets
/// joins the name before it, and a one-word mention joins the latest name that starts or ends with that word
/// ("Kim" → "Kim Jong Un", "Putin" → "Vladimir Putin") or the entity that acronym names.
/// </summary>
public static class EntityGrouper
{
    public static IReadOnlyList<Entity> Group(IReadOnlyList<Mention> mentions)
    {
        var entities = new List<Entity>();
        var byForm = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byWord = new Dictionary<string, Entity>(StringComparer.Ordinal);
        Entity? previous = null;
        foreach (var mention in mentions)
        {
            if (mention.IsAcronymDefinition && previous is not null)
            {
                previous.Add(mention);
                byForm.TryAdd(mention.Form, previous);
                continue;
            }

            if ((mention.Length == 1 && byWord.TryGetValue(mention.Form, out var entity)) || byForm.TryGetValue(mention.Form, out entity))
            {
                entity.Add(mention);
            }
            else
            {
                entity = new Entity(mention);
                entities.Add(entity);
                byForm[mention.Form] = entity;
                if (mention.Length > 1)
                {
                    byWord[mention.First.Text] = entity;
                    byWord[mention.Last.Text] = entity;
                }
            }

            previous = entity;
        }

        return entities;
    }
}
