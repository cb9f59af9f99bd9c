package example.cycle.first;

import example.cycle.second.Second;

/** Half of a deliberate cycle between two modules, for the test that shows the module check finds cycles. */
public class First {

	Second second;

}
