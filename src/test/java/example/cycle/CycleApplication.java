package example.cycle;

/** The root of two modules that depend on each other: what the module check must refuse. */
@org.springframework.modulith.Modulithic
public class CycleApplication {

}
