using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Engine.Packs;

// copylint-pack-compiler RULES_DIR OUT_DIR: writes OUT_DIR/packs/NAME for each RULES_DIR/packs/NAME (.yaml or .yml),
// its rules and line edges as CompiledPack reads them. A pack the YAML path rejects fails the build with its message.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: CopyLint.PackCompiler RULES_DIR OUT_DIR");
    return 2;
}

var (rules, output) = (args[0], args[1]);
Directory.CreateDirectory(Path.Combine(output, "packs"));
foreach (var path in Directory.EnumerateFiles(Path.Combine(rules, "packs")).Order(StringComparer.Ordinal))
{
    var name = "packs/" + Path.GetFileName(path);
    if (!name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
    {
        continue;
    }

    try
    {
        var file = new RuleDataFile(name, File.ReadAllText(path), "(built-in) rules/" + name, BuiltIn: true);
        File.WriteAllBytes(Path.Combine(output, name), CompiledPack.Compile(file));
    }
    catch (ConfigurationException e)
    {
        Console.Error.WriteLine($"{Path.GetFullPath(path)}({e.Line},{e.Column}): error CLPACK: {e.Message}"); // MSBuild's form: shown as a build error at the line
        return 1;
    }
}

return 0;
