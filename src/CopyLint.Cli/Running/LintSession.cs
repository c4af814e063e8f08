using CopyLint.Cli.Commands;
using CopyLint.Cli.Files;
using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Rules;
using CopyLint.Text;

namespace CopyLint.Cli.Running;

/// <summary>
/// Reads and lints inputs through the configuration resolver (one plan per file), so `check` and `fix` see the same
/// rules, severities and include/exclude globs. Thread-safe: one session serves all workers; dispose it after the run
/// (it closes the folders its reader keeps open).
/// </summary>
public sealed class LintSession : IDisposable
{
    private readonly CliContext _context;
    private readonly Lazy<byte[]> _standardInput;
    private readonly SourceFileReader _files = new();

    // One per worker thread: a buffer lends its array to one document at a time.
    private readonly ThreadLocal<TokenBuffer> _tokens = new(() => new TokenBuffer());

    private LintSession(CliContext context, ConfigurationResolver resolver)
    {
        _context = context;
        Resolver = resolver;
        _standardInput = new Lazy<byte[]>(() =>
        {
            using var stream = context.OpenStandardInput();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    public ConfigurationResolver Resolver { get; }

    /// <exception cref="UsageException">The --config file does not exist.</exception>
    public static LintSession Create(CliContext context, string? configPath)
    {
        string? fullConfig = null;
        if (configPath is not null)
        {
            fullConfig = context.FullPath(configPath);
            if (!File.Exists(fullConfig))
            {
                throw new UsageException($"{configPath}: configuration file not found");
            }
        }

        return new LintSession(context, new ConfigurationResolver(BuiltInRules.Create, EmbeddedRuleData.Load(), fullConfig));
    }

    /// <summary>The rules in force in the working folder (built-in rules plus any packs its configuration adds).</summary>
    public RuleSet RulesHere() => Resolver.Resolve(_context.FullPath("copylint.txt")).Linter.Rules;

    /// <summary>
    /// Plans the run's inputs before it starts (call it once, before checking any): each configuration is read and
    /// checked on disk once, and its globs matched against all its files at once, instead of once per file. A run does
    /// not watch its configurations change; the language server, which does, resolves file by file.
    /// </summary>
    /// <returns>The inputs in the same order, each with its plan, for <see cref="Check"/> and <see cref="Plan"/>.</returns>
    public PlannedInput[] PlanAhead(IReadOnlyList<CheckInput> inputs)
    {
        var plans = Resolver.ResolveAll([.. inputs.Select(i => i.FullPath)]);
        var planned = new PlannedInput[plans.Length];
        for (var i = 0; i < planned.Length; i++)
        {
            planned[i] = new PlannedInput(inputs[i], plans[i]);
        }

        return planned;
    }

    /// <summary>
    /// The plan for an input, or null when the configuration's include/exclude globs leave out a file found in a folder.
    /// Files named on the command line (and standard input) are always checked, as the user asked for them.
    /// </summary>
    /// <exception cref="ConfigurationException">The configuration for this file is invalid: fatal for the run.</exception>
    public FileLintPlan? Plan(PlannedInput input)
    {
        var plan = input.Plan ?? Resolver.Resolve(input.Input.FullPath);
        return plan.IsIncluded || input.Input.Explicit ? plan : null;
    }

    /// <exception cref="InvalidSourceException">Binary or not UTF-8.</exception>
    public SourceText Read(CheckInput input) =>
        input.IsStandardInput ? SourceText.FromBytes(_standardInput.Value, input.DisplayPath) : _files.Read(input.FullPath, input.DisplayPath);

    /// <summary>Lints one input; unreadable files become a problem for that file, the rest of the run goes on.</summary>
    /// <param name="keepResult">Whether the outcome keeps the whole result, parsed document and all (see <see cref="FileOutcome"/>).</param>
    public FileOutcome Check(PlannedInput planned, Func<LintResult, IReadOnlyList<Diagnostic>> filter, bool keepResult, CancellationToken cancellationToken)
    {
        var input = planned.Input;
        if (Plan(planned) is not { } plan)
        {
            return FileOutcome.Skipped(input);
        }

        try
        {
            var tokens = _tokens.Value!;
            var result = plan.Linter.Lint(Read(input), plan.Settings, cancellationToken, tokens);
            var outcome = new FileOutcome(input, result.Document.Source, filter(result), Result: keepResult ? result : null);
            if (!keepResult)
            {
                tokens.Recycle(result.Document); // the outcome keeps the source and the diagnostics, nothing of the document
            }

            return outcome;
        }
        catch (Exception e) when (e is InvalidSourceException or IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failed(input, CommandAction.Describe(e)!);
        }
    }

    public void Dispose()
    {
        _files.Dispose();
        _tokens.Dispose();
    }
}
