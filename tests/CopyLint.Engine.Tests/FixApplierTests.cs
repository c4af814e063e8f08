using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Engine.Tests;

public sealed class FixApplierTests
{
    [Fact]
    public void Applies_edits_in_order_and_leaves_the_rest_untouched()
    {
        var (text, applied) = FixApplier.Apply("one two three", [new TextEdit(new TextSpan(8, 5), "3"), TextEdit.Delete(new TextSpan(3, 4))]);
        Assert.Equal(("one 3", 2), (text, applied));
    }

    [Fact]
    public void Skips_an_edit_that_overlaps_one_already_applied()
    {
        var (text, applied) = FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(1, 3), "X"), new TextEdit(new TextSpan(2, 3), "Y")]);
        Assert.Equal(("aXef", 1), (text, applied));
    }
}
