import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The peer of a short shequ run: a bare picocli command that prints one line. */
@Command(name = "hello", mixinStandardHelpOptions = true)
public class Hello implements Callable<Integer> {
    @Parameters(arity = "0..*")
    String[] words = {};

    public static void main(String[] args) {
        new CommandLine(new Hello()).execute(args); // exits 0 when main returns, as a successful shequ run does
    }

    @Override
    public Integer call() {
        System.out.println("hello " + String.join(" ", words));
        return 0;
    }
}
