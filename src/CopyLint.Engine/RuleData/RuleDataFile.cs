namespace CopyLint.Engine;

/// <summary>One rule data file. <see cref="Name"/> is logical ("lists/acronyms.txt"); <see cref="DisplayPath"/> is what errors name.</summary>
/// <param name="BuiltIn">
/// Shipped in the binary: a pack's patterns were checked by the tests (BuiltInPackScreenTests loads the file from
/// rules/ as a user's pack), so loading it does not parse each of them again to name a bad one.
/// </param>
public sealed record RuleDataFile(string Name, string Content, string DisplayPath, bool BuiltIn = false);
