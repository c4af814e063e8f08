namespace CopyLint.Engine;

/// <summary>One rule data file. <see cref="Name"/> is logical ("lists/acronyms.txt"); <see cref="DisplayPath"/> is what errors name.</summary>
public sealed record RuleDataFile(string Name, string Content, string DisplayPath);
