using CopyLint.Engine;

namespace CopyLint.Rules.Dates;

/// <summary>The numbers-and-dates family's analyzers (CL4xxx), the date rules sharing one reading of the document's dates.</summary>
public static class DateRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data)
    {
        var dates = new DateReader();
        return [new WeekdayMismatchAnalyzer(dates), new ImpossibleDateAnalyzer(dates), new InconsistentAgeAnalyzer(data)];
    }
}
